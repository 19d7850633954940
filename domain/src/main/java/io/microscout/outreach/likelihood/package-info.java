/**
 * "Will they say yes?": an estimated likelihood that a creator accepts an offer, from the signals MicroScout has
 * (values both ways, brand safety, competitor mentions, sponsorship saturation, offer against the estimated rate,
 * past replies to the workspace), each with its reason; documented priors updated by the workspace's recorded
 * outcomes (a Bayesian logistic regression), and a calibration table of how its predictions fared.
 */
package io.microscout.outreach.likelihood;
