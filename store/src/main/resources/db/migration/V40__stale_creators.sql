-- Creators whose derived data (metrics, authenticity, search index entry) may lag behind their source rows.
-- The store adds a creator here in the same transaction as its creators/posts/snapshots rows; the import
-- removes it once its metrics and authenticity are saved (and its index entry once the index has it). A crash
-- in between leaves the row, and the next command that opens the catalog recomputes what it names.
-- what: 'derived' (metrics and authenticity) or 'index'. Portable between SQLite, H2 and PostgreSQL 15.

CREATE TABLE stale_creators (
    platform  VARCHAR(16)  NOT NULL,
    handle    VARCHAR(255) NOT NULL,
    what      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (platform, handle, what)
);
