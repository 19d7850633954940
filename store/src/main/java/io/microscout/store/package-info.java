/**
 * The catalog's storage adapter: {@link io.microscout.catalog.CreatorCatalog} over JDBC (JDBI + raw batches),
 * on embedded H2 (default, file mode, PostgreSQL compatibility) or PostgreSQL, with one set of Flyway
 * migrations ({@code src/main/resources/db/migration}). {@link io.microscout.store.CatalogStore} opens it.
 */
package io.microscout.store;
