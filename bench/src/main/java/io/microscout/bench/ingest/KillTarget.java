package io.microscout.bench.ingest;

import io.microscout.app.MicroScout;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The process {@code bench kill} kills: the real import (composition root, CSV reader, store, metrics,
 * authenticity; no search index), one file at a time, printing {@code committed N} once file N is stored and
 * its derived data saved, so the harness can kill right after a commit.
 * Arguments: HOME DB-URL-or-"-" OBSERVED-AT FILE...
 */
public final class KillTarget {
    private KillTarget() {}

    private static long snapshots(MicroScout app) {
        return app.store()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM follower_snapshots")
                        .mapTo(Long.class)
                        .one());
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        StoreLocation location = StoreLocation.resolve("-".equals(args[1]) ? null : args[1], home, Map.of());
        ImportOptions options = new ImportOptions(
                Map.of(), java.nio.charset.StandardCharsets.UTF_8, null, false, Instant.parse(args[2]));
        try (MicroScout app = MicroScout.open(location, (String) null, null)) {
            app.search().indexer().suspend();
            System.out.println("opened");
            System.out.flush();
            for (int i = 3; i < args.length; i++) {
                app.imports()
                        .importFiles(
                                List.of(Path.of(args[i])),
                                SourceReaders.forFormat("csv"),
                                options,
                                ImportProgress.silent());
                System.out.println("committed " + (i - 2) + " " + app.catalog().countCreators() + " "
                        + app.catalog().countPosts() + " " + snapshots(app));
                System.out.flush();
            }
        }
    }
}
