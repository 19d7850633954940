/**
 * {@code bench discover}: the discovery index at scale on a seeded synthetic catalog (generated vectors stand in
 * for model embeddings, and say so), latency percentiles (HdrHistogram), recall against the exact index, and
 * PostgreSQL full-text search on the same briefs as the keyword baseline.
 */
package io.microscout.bench.discover;
