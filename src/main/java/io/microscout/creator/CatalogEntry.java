package io.microscout.creator;

import io.microscout.metrics.CreatorMetrics;

/** A creator with its latest computed metrics (null until computed). */
public record CatalogEntry(Creator creator, CreatorMetrics metrics) {
}
