/**
 * Reads CSV files: MicroScout's own columns (docs/csv-format.md: creators, posts or follower snapshots,
 * told apart by the header) and any other CSV through a column mapping. Values are read the way
 * spreadsheets write them ({@link io.microscout.importer.csv.SpreadsheetValues}); an unreadable value is a
 * problem naming the file, the physical line of its record and the column, and leaves that record out.
 */
package io.microscout.importer.csv;
