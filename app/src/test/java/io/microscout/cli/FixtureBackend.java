package io.microscout.cli;

import static io.microscout.discovery.fakes.Creators.creator;

import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.creator.Creator;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.discovery.fakes.InMemoryProfiles;
import java.util.function.Consumer;

/** A discovery backend over a handful of fixture creators, in memory. */
final class FixtureBackend implements DiscoveryBackend {
    final InMemoryProfiles profiles = new InMemoryProfiles();
    private final DiscoveryService service;

    FixtureBackend() {
        profiles.add(creator(
                        "greenglow",
                        24_000,
                        "US",
                        "en",
                        "Vegan skincare for sensitive skin",
                        85.0,
                        3,
                        30,
                        "My #veganskincare routine: vitamin C serum #crueltyfree",
                        "Refill day! #zerowaste skincare"))
                .add(creator("liftheavy", 20_000, "US", "en", "Strength coach", 90.0, 30, "Leg day #workout"))
                .add(creator(
                        "glowup",
                        60_000,
                        "GB",
                        "en",
                        "Skincare and makeup",
                        70.0,
                        30,
                        "Serum and moisturiser for dry skin #skincare",
                        "Makeup look"));
        InMemoryCreatorIndex index = new InMemoryCreatorIndex();
        HashingEmbedder embedder = new HashingEmbedder();
        IndexedCreators.upsert(index, profiles.all(), embedder);
        service = new DiscoveryService(index, profiles, embedder);
    }

    @Override
    public DiscoveryService discovery() {
        return service;
    }

    @Override
    public void forEachCreator(Consumer<Creator> visitor) {
        profiles.all()
                .forEach(p -> visitor.accept(p.creator().toBuilder()
                        .category(p.key().handle().equals("liftheavy") ? "fitness" : "beauty")
                        .build()));
    }
}
