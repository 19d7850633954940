/** {@code bench ingest}: the ingest benchmark (parsing, metrics, storage) with its baselines and heap watch. */
package io.microscout.bench.ingest;
