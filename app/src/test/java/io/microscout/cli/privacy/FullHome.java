package io.microscout.cli.privacy;

import io.microscout.app.GeneratedCatalog;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.creator.CreatorKey;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Quote;
import io.microscout.store.StoreLocation;
import io.microscout.store.planning.JdbiQuotes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A home holding something in every catalog table: a small GENERATED catalog (smoke-test data) with posts,
 * snapshots, follower samples and comments, indexed with the hashing stand-in embedder; a quote and a saved plan
 * selecting one creator ({@link #first}).
 */
final class FullHome {
    final Path generated;
    final Path home;

    FullHome(Path dir) throws Exception {
        generated = dir.resolve("generated");
        home = dir.resolve("home");
        GeneratedCatalog.write(
                generated,
                GeneratorSettings.of(25, 3).withPosts(4).withFollowerSample(15).withCommentsPerPost(2));
        try (MicroScout app = open()) {
            importAll(app, ImportOptions.defaults());
            app.catchUp(); // the index takes the samples' new scores, as the next command to open it would
            CreatorKey k = first(app);
            new JdbiQuotes(app.store().jdbi(), app.clock())
                    .record(
                            new Quote(
                                    k,
                                    Deliverable.INSTAGRAM_POST,
                                    120.0,
                                    app.clock().instant(),
                                    "by e-mail"),
                            null);
            app.store().jdbi().useHandle(h -> {
                h.execute(
                        "INSERT INTO plans (name, saved_at, brief_name, budget, objective, rate_card, seed,"
                                + " candidates_from, synthetic, cost, assumptions, document) VALUES ('spring',"
                                + " '2026-11-01 10:00:00', 'brief', 1000, 'reach', 'default', 1, 'catalog', false,"
                                + " 120, 'prices are estimates', ?)",
                        "{\"selections\":[{\"platform\":\"" + k.platform().id() + "\",\"handle\":\"" + k.handle()
                                + "\",\"price\":120,\"reason\":\"fits " + k + "\"},"
                                + "{\"platform\":\"tiktok\",\"handle\":\"someone.else\",\"price\":80}]}");
                h.execute(
                        "INSERT INTO plan_selections (plan_name, seq, platform, handle, deliverable, price,"
                                + " price_basis) VALUES ('spring', 1, ?, ?, 'instagram-post', 120, 'quote')",
                        k.platform().id(),
                        k.handle());
                h.execute("INSERT INTO plan_selections (plan_name, seq, platform, handle, deliverable, price,"
                        + " price_basis) VALUES ('spring', 2, 'tiktok', 'someone.else', 'tiktok-video', 80,"
                        + " 'estimate')");
            });
        }
    }

    MicroScout open() {
        return MicroScout.open(
                StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(64));
    }

    /** The creator the quote and the plan name: the catalog's first in key order that has follower samples. */
    static CreatorKey first(MicroScout app) {
        return app.store()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT platform || ':' || handle FROM audience_samples ORDER BY platform, handle LIMIT 1")
                        .mapTo(String.class)
                        .map(CreatorKey::parse)
                        .one());
    }

    void importAll(MicroScout app, ImportOptions options) throws Exception {
        GeneratedCatalog.importInto(app, generated, options);
        app.audienceImport().followers(List.of(generated.resolve(CatalogFiles.FOLLOWERS_SAMPLE)), options, null);
        app.audienceImport().comments(List.of(generated.resolve(CatalogFiles.COMMENTS)), options, null);
    }
}
