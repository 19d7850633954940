/**
 * What a creator costs: a rate card by tier, deliverable and country, adjusted by engagement against the
 * tier's benchmark, and the creator's own quotes, which override any estimate. Every default names its
 * source in {@link io.microscout.pricing.RateCard#defaults()}.
 */
package io.microscout.pricing;
