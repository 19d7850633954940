/**
 * The catalog's storage adapter: {@link io.microscout.catalog.CreatorCatalog} over JDBC (JDBI + raw batches),
 * on embedded SQLite (default, WAL mode), H2 (the old default, file mode) or PostgreSQL, with one set of Flyway
 * migrations ({@code src/main/resources/db/migration}). {@link io.microscout.store.CatalogStore} opens it.
 */
package io.microscout.store;
