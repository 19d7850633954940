/**
 * The creator catalog as the business sees it: the {@link io.microscout.catalog.CreatorCatalog} port, one
 * {@link io.microscout.catalog.CatalogEntry} per creator (profile with its metrics), and the listener told when
 * entries change. It sits above {@code creator} and {@code metrics}, which know nothing of it.
 */
package io.microscout.catalog;
