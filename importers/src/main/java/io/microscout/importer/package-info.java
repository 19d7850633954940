/**
 * Imports: a {@link io.microscout.importer.SourceReader} turns one file into an
 * {@link io.microscout.importer.ImportRead} (profiles, posts, snapshots and the problems found, each naming file,
 * line or JSON path and field), and {@link io.microscout.importer.ImportService} stores it in one transaction
 * per file and recomputes the metrics of the creators it touched. One sub-package per source format.
 */
package io.microscout.importer;
