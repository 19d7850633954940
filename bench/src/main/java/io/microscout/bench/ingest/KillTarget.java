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
 * its derived data saved, so the harness can kill right after a commit. The generator's follower-sample and
 * comments files go through the audience import (their rows, then the rescore of the creators they change).
 * Arguments: HOME DB-URL-or-"-" OBSERVED-AT FILE...
 */
public final class KillTarget {
    /** The generator's file names of the follower samples and comments. */
    static final String FOLLOWER_SAMPLES = "followers-sample.csv";

    static final String COMMENTS = "comments.csv";

    private KillTarget() {}

    /** The tables that hold what the files bring, counted after each commit: {@code committed N TABLE=ROWS ...}. */
    static final List<String> SOURCE_TABLES =
            List.of("creators", "posts", "follower_snapshots", "audience_sample_accounts", "post_comments");

    private static String counts(MicroScout app) {
        StringBuilder line = new StringBuilder();
        for (String table : SOURCE_TABLES) {
            long rows = app.store()
                    .jdbi()
                    .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                            .mapTo(Long.class)
                            .one());
            line.append(' ').append(table).append('=').append(rows);
        }
        return line.toString();
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
                Path file = Path.of(args[i]);
                String name = file.getFileName().toString();
                if (name.equals(FOLLOWER_SAMPLES)) {
                    app.audienceImport().followers(List.of(file), options, null);
                } else if (name.equals(COMMENTS)) {
                    app.audienceImport().comments(List.of(file), options, null);
                } else {
                    app.imports()
                            .importFiles(
                                    List.of(file), SourceReaders.forFormat("csv"), options, ImportProgress.silent());
                }
                System.out.println("committed " + (i - 2) + counts(app));
                System.out.flush();
            }
        }
    }
}
