package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tiny source format for tests of the import service, one record per line:
 * {@code creator instagram:anna 12000 [platformId]}, {@code post instagram:anna p1 likes comments daysAgo},
 * {@code media PLATFORM_ID p1 likes comments daysAgo} (an Instagram account named by its id). Anything else
 * is a problem on its line.
 */
public final class LineReader implements SourceReader {
    public static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @Override
    public String format() {
        return "lines";
    }

    @Override
    public ImportRead read(Path file, ImportOptions options, AccountLookup accounts) throws IOException {
        List<Creator> creators = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<FollowerSnapshot> snapshots = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            String where = "line " + (i + 1);
            try {
                if (f[0].equals("creator")) {
                    CreatorKey key = CreatorKey.parse(f[1]);
                    long followers = Long.parseLong(f[2]);
                    creators.add(Creator.builder(key)
                            .followers(followers)
                            .platformId(f.length > 3 ? f[3] : null)
                            .observedAt(NOW)
                            .build());
                    snapshots.add(new FollowerSnapshot(key, NOW, followers, null, null));
                } else if (f[0].equals("post") || f[0].equals("media")) {
                    Optional<CreatorKey> key = f[0].equals("post")
                            ? Optional.of(CreatorKey.parse(f[1]))
                            : accounts.byPlatformId(Platform.INSTAGRAM, f[1]);
                    if (key.isEmpty()) {
                        problems.add(new ImportProblem(file.toString(), where, "owner", "unknown account id " + f[1]));
                        continue;
                    }
                    posts.add(new Post(
                            key.get(),
                            f[2],
                            NOW.minusSeconds(86_400L * Integer.parseInt(f[5])),
                            PostFormat.PHOTO,
                            null,
                            null,
                            null,
                            Long.parseLong(f[3]),
                            Long.parseLong(f[4]),
                            null,
                            null,
                            null,
                            false,
                            null));
                } else {
                    problems.add(new ImportProblem(file.toString(), where, "kind", "unknown record '" + f[0] + "'"));
                }
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(file.toString(), where, "count", e.getMessage()));
            }
        }
        return new ImportRead(new CatalogBatch(file.toString(), creators, posts, snapshots), problems, lines.size());
    }
}
