/**
 * A creator's metrics computed from its posts and follower snapshots: engagement rates (mean and median),
 * growth, cadence, volatility. Each formula lives once in {@link io.microscout.metrics.MetricFormulas} with its
 * source; what cannot be computed is null. {@link io.microscout.metrics.Stats} holds the descriptive statistics
 * (means, medians, quantiles) that the rest of the product uses.
 */
package io.microscout.metrics;
