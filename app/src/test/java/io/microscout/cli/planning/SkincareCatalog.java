package io.microscout.cli.planning;

import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.discovery.CatalogCreatorProfiles;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small real catalog in an embedded SQLite home: skincare creators in the US (micro tier, 6k–90k followers, 12 posts
 * each with their own engagement), one fitness creator, one with low authenticity and one not vetted; and a
 * discovery backend over that catalog (an exact in-memory index; authenticity from a fixed vetting table).
 */
public final class SkincareCatalog {
    static final Map<CreatorKey, Double> AUTHENTICITY = new HashMap<>();
    final Path home;

    public SkincareCatalog(Path home) {
        this.home = home;
        List<Creator> creators = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            add(
                    creators,
                    posts,
                    "glow" + i,
                    6_000 + 9_000L * i,
                    0.02 + 0.004 * (i % 4),
                    75.0 + i,
                    "Vegan skincare for sensitive skin",
                    "My #veganskincare routine: vitamin C serum #crueltyfree");
        }
        add(
                creators,
                posts,
                "fakeglow",
                50_000,
                0.05,
                30.0,
                "Vegan skincare",
                "Vegan serum #veganskincare #crueltyfree");
        add(
                creators,
                posts,
                "newglow",
                40_000,
                0.05,
                null,
                "Vegan skincare",
                "Vegan serum #veganskincare #crueltyfree");
        add(creators, posts, "liftheavy", 30_000, 0.03, 90.0, "Strength coach", "Leg day #workout");
        try (MicroScout app = open()) {
            app.catalog().store(new CatalogBatch("test", creators, posts, List.of()));
        }
    }

    private static void add(
            List<Creator> creators,
            List<Post> posts,
            String handle,
            long followers,
            double rate,
            Double authenticity,
            String bio,
            String caption) {
        CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, handle);
        creators.add(Creator.builder(key)
                .displayName(handle)
                .biography(bio)
                .followers(followers)
                .countryCode("US")
                .languageCode("en")
                .build());
        for (int p = 0; p < 12; p++) {
            long likes = Math.round(followers * rate * (0.7 + 0.05 * p));
            posts.add(new Post(
                    key,
                    handle + "-" + p,
                    Instant.parse("2026-10-01T00:00:00Z").plusSeconds(86_400L * p),
                    PostFormat.PHOTO,
                    caption,
                    List.of(),
                    List.of(),
                    likes,
                    likes / 20,
                    null,
                    null,
                    null,
                    false,
                    null));
        }
        if (authenticity != null) {
            AUTHENTICITY.put(key, authenticity);
        }
    }

    MicroScout open() {
        return MicroScout.open(StoreLocation.sqlite(home), Settings.load(home, null, null), Clock.systemUTC());
    }

    public DiscoveryBackend.Factory backends() {
        return (options, err) -> {
            MicroScout app = open();
            CatalogCreatorProfiles profiles = new CatalogCreatorProfiles(app.catalog(), 30, AUTHENTICITY::get);
            List<CreatorProfile> all = new ArrayList<>();
            app.catalog().forEachEntry(e -> profiles.find(e.creator().key()).ifPresent(all::add));
            InMemoryCreatorIndex index = new InMemoryCreatorIndex();
            HashingEmbedder embedder = new HashingEmbedder();
            IndexedCreators.upsert(index, all, embedder);
            DiscoveryService service = new DiscoveryService(index, profiles, embedder);
            return new DiscoveryBackend() {
                @Override
                public DiscoveryService discovery() {
                    return service;
                }

                @Override
                public void forEachCreator(Consumer<Creator> visitor) {
                    app.catalog().forEachEntry(e -> visitor.accept(e.creator()));
                }

                @Override
                public java.util.function.Function<
                                io.microscout.discovery.RankedCreator, io.microscout.outreach.likelihood.Acceptance>
                        offerOdds(
                                io.microscout.brief.Brief brief,
                                io.microscout.app.DiscoveryOffer offer,
                                String workspace) {
                    return io.microscout.cli.common.CatalogDiscoveryBackend.offerOdds(app, brief, offer, workspace);
                }

                @Override
                public void close() {
                    app.close();
                }
            };
        };
    }
}
