/**
 * What a creator's deliverable is likely to bring: impressions, engagements, clicks, conversions, revenue,
 * and from them CPM, CPE, CPA, ROAS, ROI and EMV, each as P10/P50/P90 from a seeded Monte Carlo over the
 * creator's own post-to-post variation and the uncertain rates. {@link io.microscout.forecast.CalibrationCheck}
 * checks on generated campaigns that the 80% intervals hold the outcome about 80% of the time.
 */
package io.microscout.forecast;
