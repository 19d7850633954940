package io.microscout.catalog;

import java.util.Collection;

/**
 * Told when creators in the catalog changed (an import stored them and recomputed their metrics), so that
 * what is derived from the catalog, such as the search index, can keep up.
 */
@FunctionalInterface
public interface CatalogListener {
    void creatorsChanged(Collection<CatalogEntry> changed);
}
