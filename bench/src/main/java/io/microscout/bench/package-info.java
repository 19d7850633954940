/**
 * {@code microscout bench}: benchmark commands that print latency, throughput and memory against a baseline
 * measured in the same run (ingest, discover, plan). The module plugs them into the CLI through
 * {@link io.microscout.cli.CliExtension}; the app does not depend on it.
 */
package io.microscout.bench;
