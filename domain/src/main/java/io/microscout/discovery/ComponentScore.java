package io.microscout.discovery;

import io.microscout.brief.FitComponent;

/**
 * One component of a fit score.
 *
 * @param value   0..1, or null when unknown
 * @param counted the value the score used (null: the component's weight went to the others)
 * @param weight  its weight in the brief (before redistribution)
 * @param reason  one line a marketer understands
 */
public record ComponentScore(FitComponent component, Double value, Double counted, double weight, String reason) {}
