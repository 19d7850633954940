package io.microscout.cli;

import io.microscout.creator.Creator;
import io.microscout.discovery.DiscoveryService;

import java.util.function.Consumer;

/**
 * What the discover and eval commands run on: a {@link DiscoveryService} over the real catalog, index and embedder,
 * and a walk over the catalog's creators (evaluation reads their source category labels). The application's
 * composition root provides it through {@link Factory}, registered with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.microscout.cli.DiscoveryBackend$Factory}) or passed to the command's constructor.
 */
public interface DiscoveryBackend extends AutoCloseable {

    DiscoveryService discovery();

    /** Visits every creator of the catalog. */
    void forEachCreator(Consumer<Creator> visitor);

    @Override
    default void close() {
    }

    /** Opens a backend (the catalog, the index, the embedding model). */
    interface Factory {
        DiscoveryBackend open();
    }

    /** The factory the application registered, or an error saying that none is. */
    static Factory registered() {
        return java.util.ServiceLoader.load(Factory.class).findFirst().orElseThrow(() -> new UserException(
                "discovery is not connected to a catalog and an index in this build "
                        + "(no io.microscout.cli.DiscoveryBackend$Factory is registered)"));
    }
}
