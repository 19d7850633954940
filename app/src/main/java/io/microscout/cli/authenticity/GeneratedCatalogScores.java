package io.microscout.cli.authenticity;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AuthenticityInput;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.CommentSample;
import io.microscout.authenticity.FollowerSample;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRead;
import io.microscout.importer.audience.AudienceCsv;
import io.microscout.importer.audience.AudienceRow;
import io.microscout.importer.formats.SourceReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores every creator of a generated catalog folder (creators.csv, posts.csv, snapshots.csv,
 * followers-sample.csv, comments.csv; docs/generator.md) read by the import's own readers, with the same inputs
 * the catalog gives {@link io.microscout.authenticity.CatalogAuthenticity} after an import, in memory.
 */
final class GeneratedCatalogScores {
    private GeneratedCatalogScores() {}

    static Map<CreatorKey, AuthenticityScore> score(Path dir, AuthenticityScorer scorer) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        List<Creator> creators = new ArrayList<>();
        Map<CreatorKey, List<Post>> posts = new HashMap<>();
        Map<CreatorKey, List<FollowerSnapshot>> snapshots = new HashMap<>();
        for (String name : List.of("creators.csv", "posts.csv", "snapshots.csv")) {
            ImportRead read =
                    SourceReaders.forFormat("csv").read(required(dir, name), options, (p, id) -> Optional.empty());
            if (!read.problems().isEmpty()) {
                throw new UserException(name + ": " + read.problems().get(0));
            }
            CatalogBatch b = read.batch();
            creators.addAll(b.creators());
            b.posts()
                    .forEach(p -> posts.computeIfAbsent(p.creator(), k -> new ArrayList<>())
                            .add(p));
            b.snapshots()
                    .forEach(s -> snapshots
                            .computeIfAbsent(s.creator(), k -> new ArrayList<>())
                            .add(s));
        }
        Map<CreatorKey, List<AccountProfile>> followers = grouped(
                AudienceCsv.followers(required(dir, "followers-sample.csv"), options, null), "followers-sample.csv");
        Map<CreatorKey, List<CommentSample>> comments =
                grouped(AudienceCsv.comments(required(dir, "comments.csv"), options, null), "comments.csv");
        Map<CreatorKey, AuthenticityScore> scores = new LinkedHashMap<>();
        for (Creator c : creators) {
            CreatorKey k = c.key();
            List<AccountProfile> sample = followers.get(k);
            scores.put(
                    k,
                    scorer.score(new AuthenticityInput(
                            c,
                            posts.get(k),
                            snapshots.get(k),
                            null,
                            sample == null
                                    ? null
                                    : new FollowerSample(k, c.observedAt(), "followers-sample.csv", sample),
                            comments.get(k),
                            c.observedAt())));
        }
        return scores;
    }

    private static <T> Map<CreatorKey, List<T>> grouped(AudienceCsv.Read<T> read, String name) {
        if (!read.problems().isEmpty()) {
            throw new UserException(name + ": " + read.problems().get(0));
        }
        Map<CreatorKey, List<T>> by = new HashMap<>();
        for (AudienceRow<T> r : read.rows()) {
            by.computeIfAbsent(r.creator(), k -> new ArrayList<>()).add(r.value());
        }
        return by;
    }

    static Path required(Path dir, String name) {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new UserException(dir + ": no " + name + " (expected a folder written by ./microscout generate)");
        }
        return f;
    }
}
