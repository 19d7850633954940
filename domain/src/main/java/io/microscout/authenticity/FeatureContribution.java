package io.microscout.authenticity;

/**
 * How one feature moved an account's fake score: {@code logOdds} is its share of the model's log-odds
 * (positive = towards fake). {@code value} is the feature's value, or null when it was missing.
 */
public record FeatureContribution(AccountFeature feature, Double value, double logOdds) {}
