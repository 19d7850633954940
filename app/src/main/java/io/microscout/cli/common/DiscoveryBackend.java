package io.microscout.cli.common;

import io.microscout.app.DiscoveryOffer;
import io.microscout.brief.Brief;
import io.microscout.creator.Creator;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.RankedCreator;
import io.microscout.outreach.likelihood.Acceptance;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the discover and eval commands run on: a {@link DiscoveryService} over the real catalog, index and embedder,
 * and a walk over the catalog's creators (evaluation reads their source category labels). The commands use
 * {@link CatalogDiscoveryBackend} (the application's catalog and Lucene index) unless a test passes another
 * {@link Factory} to their constructor.
 */
public interface DiscoveryBackend extends AutoCloseable {

    DiscoveryService discovery();

    /** Visits every creator of the catalog. */
    void forEachCreator(Consumer<Creator> visitor);

    /**
     * The likelihood that each ranked creator accepts the offer, from the outreach of the named workspace (null or
     * blank: the home's own), or null when this backend has no outreach to learn from.
     */
    default Function<RankedCreator, Acceptance> offerOdds(Brief brief, DiscoveryOffer offer, String workspace) {
        return null;
    }

    /** Warnings the user must see with the results of this brief (null: lookalikes), e.g. a filter nobody can pass. */
    default List<String> caveats(Brief brief) {
        return List.of();
    }

    @Override
    default void close() {}

    /** Opens a backend (the catalog, the index, the embedding model) at the command's catalog options. */
    interface Factory {
        DiscoveryBackend open(CatalogOptions catalog, PrintWriter err);
    }
}
