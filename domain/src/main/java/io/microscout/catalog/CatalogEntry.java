package io.microscout.catalog;

import io.microscout.creator.Creator;
import io.microscout.metrics.CreatorMetrics;

/** A creator with its latest computed metrics (null until computed). */
public record CatalogEntry(Creator creator, CreatorMetrics metrics) {}
