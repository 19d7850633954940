package io.microscout.importer.audience;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AudienceSamples;
import io.microscout.authenticity.CatalogAuthenticity;
import io.microscout.authenticity.CommentSample;
import io.microscout.authenticity.FollowerSample;
import io.microscout.authenticity.PostComments;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ForgottenWarning;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.privacy.ForgottenCreators;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports follower samples and comments of creators already in the catalog, with the rules of every import:
 * one transaction per file; a file with problems (each naming its line and field, a creator not in the catalog
 * included) stores nothing unless {@code skipInvalid}; importing the same file again changes nothing (a
 * creator's sample equal to its latest stored one is not saved again; comments already stored are not added
 * again). Afterwards the authenticity of the creators that changed is rescored and stored. The rows of a creator
 * forgotten on request (microscout forget) are left out with a {@link ForgottenWarning}, as the catalog import
 * does, unless {@code allowForgotten}: their followers and comments never come back silently.
 */
public final class AudienceImport {
    private static final int CHUNK = 1_000;

    /** What one file did: rows read, problems, whether it was stored, and creators changed / unchanged. */
    public record Outcome(
            Path file,
            int recordsRead,
            List<ImportProblem> problems,
            boolean stored,
            int creatorsChanged,
            int creatorsUnchanged,
            int rowsAdded) {
        public boolean failed() {
            return !stored;
        }
    }

    private final CreatorCatalog catalog;
    private final AudienceSamples samples;
    private final PostComments comments;
    private final CatalogAuthenticity authenticity;
    private final ForgottenCreators forgotten;

    public AudienceImport(
            CreatorCatalog catalog,
            AudienceSamples samples,
            PostComments comments,
            CatalogAuthenticity authenticity,
            ForgottenCreators forgotten) {
        this.catalog = catalog;
        this.samples = samples;
        this.comments = comments;
        this.authenticity = authenticity;
        this.forgotten = java.util.Objects.requireNonNull(forgotten, "forgotten");
    }

    /** Imports follower-sample files; {@code creator} names the creator of files without a creator column. */
    public List<Outcome> followers(List<Path> files, ImportOptions options, CreatorKey creator) throws IOException {
        return rescoringOnce(changed -> followers(files, options, creator, changed));
    }

    /** Imports comments files; {@code creator} names the creator of files without a creator column. */
    public List<Outcome> comments(List<Path> files, ImportOptions options, CreatorKey creator) throws IOException {
        return rescoringOnce(changed -> comments(files, options, creator, changed));
    }

    /**
     * Imports follower-sample files, then comments files (each file its own transaction, as above), and rescores
     * the creators either changed once at the end: a creator's follower sample is classified once, not once per
     * file.
     */
    public List<Outcome> followersAndComments(
            List<Path> followerFiles, List<Path> commentFiles, ImportOptions options, CreatorKey creator)
            throws IOException {
        return rescoringOnce(changed -> {
            List<Outcome> outcomes = new ArrayList<>(followers(followerFiles, options, creator, changed));
            outcomes.addAll(comments(commentFiles, options, creator, changed));
            return outcomes;
        });
    }

    /** Files imported into the catalog, adding the creators they changed to {@code changed}. */
    @FunctionalInterface
    private interface Importing {
        List<Outcome> into(Set<CreatorKey> changed) throws IOException;
    }

    /**
     * Runs the import, then rescores every creator it changed once (also when a later file failed to read) and
     * clears the stale marks the store set beside their rows. Their index entries stay marked: the next command
     * that opens the index (or a running server's repair) re-indexes them with the new score.
     */
    private List<Outcome> rescoringOnce(Importing importing) throws IOException {
        Set<CreatorKey> changed = new java.util.LinkedHashSet<>();
        try {
            return importing.into(changed);
        } finally {
            long upTo = catalog.staleMarkPoint(); // after the files' commits, before the rescore reads the rows
            authenticity.rescore(changed);
            catalog.markFresh(changed, upTo);
        }
    }

    private List<Outcome> followers(
            List<Path> files, ImportOptions options, CreatorKey creator, Set<CreatorKey> changed) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            AudienceCsv.Read<AccountProfile> read = AudienceCsv.followers(file, options, creator);
            // when the sample was taken: the file's last-modified time (as the catalog import dates profiles)
            java.time.Instant takenAt = java.nio.file.Files.getLastModifiedTime(file)
                    .toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            outcomes.add(store(
                    file,
                    read,
                    options,
                    byCreator -> {
                        Map<CreatorKey, FollowerSample> latest = inChunks(byCreator.keySet(), samples::latestOf);
                        List<FollowerSample> fresh = new ArrayList<>();
                        byCreator.forEach((k, profiles) -> {
                            FollowerSample stored = latest.get(k);
                            if (stored == null || !stored.followers().equals(profiles)) {
                                fresh.add(new FollowerSample(
                                        k, takenAt, file.getFileName().toString(), profiles));
                            }
                        });
                        samples.saveAll(fresh);
                        return fresh.stream().collect(Collectors.toMap(FollowerSample::creator, FollowerSample::size));
                    },
                    changed));
        }
        return outcomes;
    }

    private List<Outcome> comments(List<Path> files, ImportOptions options, CreatorKey creator, Set<CreatorKey> changed)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            AudienceCsv.Read<CommentSample> read = AudienceCsv.comments(file, options, creator);
            outcomes.add(store(
                    file,
                    read,
                    options,
                    byCreator -> {
                        Map<CreatorKey, List<CommentSample>> stored = inChunks(byCreator.keySet(), comments::ofAll);
                        Map<CreatorKey, List<CommentSample>> fresh = new LinkedHashMap<>();
                        byCreator.forEach((k, list) -> {
                            List<CommentSample> added = notYetStored(list, stored.getOrDefault(k, List.of()));
                            if (!added.isEmpty()) {
                                fresh.put(k, added);
                            }
                        });
                        comments.addAll(fresh);
                        return fresh.entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey, e -> e.getValue().size()));
                    },
                    changed));
        }
        return outcomes;
    }

    /**
     * Checks creators, then saves (returning rows added per changed creator) and adds the changed ones to
     * {@code changed}, for the caller to rescore.
     */
    private <T> Outcome store(
            Path file,
            AudienceCsv.Read<T> read,
            ImportOptions options,
            Function<Map<CreatorKey, List<T>>, Map<CreatorKey, Integer>> save,
            Set<CreatorKey> changed) {
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Map<CreatorKey, Instant> forgottenAt = options.allowForgotten()
                ? Map.of()
                : forgotten.among(read.rows().stream()
                        .map(AudienceRow::creator)
                        .distinct()
                        .toList());
        Map<CreatorKey, Boolean> known = new HashMap<>();
        Map<CreatorKey, List<T>> byCreator = new LinkedHashMap<>();
        for (AudienceRow<T> row : read.rows()) {
            if (forgottenAt.containsKey(row.creator())) {
                continue;
            }
            if (known.computeIfAbsent(row.creator(), k -> catalog.creator(k).isPresent())) {
                byCreator.computeIfAbsent(row.creator(), k -> new ArrayList<>()).add(row.value());
            } else {
                problems.add(new ImportProblem(
                        file.getFileName().toString(),
                        "line " + row.line(),
                        "handle",
                        "creator " + row.creator() + " is not in the catalog (import its profile first)"));
            }
        }
        problems.sort(java.util.Comparator.comparingLong(AudienceImport::lineOf));
        if (!problems.isEmpty() && !options.skipInvalid()) {
            return new Outcome(file, read.recordsRead(), problems, false, 0, 0, 0);
        }
        Map<CreatorKey, Integer> saved = save.apply(byCreator);
        changed.addAll(saved.keySet());
        forgottenAt.forEach((creator, at) ->
                problems.add(ForgottenWarning.about(file.getFileName().toString(), creator, at)));
        return new Outcome(
                file,
                read.recordsRead(),
                problems,
                true,
                saved.size(),
                byCreator.size() - saved.size(),
                saved.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The comments of the file beyond those already stored (as many equal ones as are stored are dropped). */
    private static List<CommentSample> notYetStored(List<CommentSample> inFile, List<CommentSample> stored) {
        Map<CommentSample, Integer> left = new HashMap<>();
        stored.forEach(c -> left.merge(c, 1, Integer::sum));
        List<CommentSample> added = new ArrayList<>();
        for (CommentSample c : inFile) {
            if (left.getOrDefault(c, 0) > 0) {
                left.merge(c, -1, Integer::sum);
            } else {
                added.add(c);
            }
        }
        return added;
    }

    private static <V> Map<CreatorKey, V> inChunks(
            Set<CreatorKey> keys, Function<List<CreatorKey>, Map<CreatorKey, V>> read) {
        List<CreatorKey> list = List.copyOf(keys);
        Map<CreatorKey, V> all = new HashMap<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            all.putAll(read.apply(list.subList(from, Math.min(list.size(), from + CHUNK))));
        }
        return all;
    }

    private static long lineOf(ImportProblem p) {
        String loc = p.location() == null ? "" : p.location().replaceAll("\\D", "");
        return loc.isEmpty() ? 0 : Long.parseLong(loc);
    }
}
