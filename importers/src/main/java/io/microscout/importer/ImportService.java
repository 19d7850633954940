package io.microscout.importer;

import io.microscout.authenticity.CatalogAuthenticity;
import io.microscout.catalog.CatalogListener;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import io.microscout.privacy.ForgottenCreators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Imports files into the catalog: each file is read by its {@link SourceReader} and stored in one transaction,
 * then the metrics of the creators it changed are recomputed ({@link CatalogMeasurer}), their authenticity
 * rescored and stored ({@link CatalogAuthenticity}, when given) and listeners told.
 *
 * <p>Accounts named only by a platform id (an Instagram media page names the business account id) are looked
 * up among the profiles read earlier in the same import, then in the catalog. Files are taken in the order
 * given; a file with problems is put back and read once more after all others, so a media page listed before
 * its profile still finds it. A file that still has problems stores nothing (default) or, with
 * {@code skipInvalid}, stores its valid records and reports each skipped one.
 */
public final class ImportService {
    private final CreatorCatalog catalog;
    private final CatalogMeasurer measurer;
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private volatile CatalogAuthenticity authenticity;
    private volatile ForgottenCreators forgotten;

    public ImportService(CreatorCatalog catalog, CatalogMeasurer measurer) {
        this.catalog = catalog;
        this.measurer = measurer;
    }

    /** After metrics, creators' authenticity is rescored and stored too. */
    public void scoreAuthenticityWith(CatalogAuthenticity authenticity) {
        this.authenticity = authenticity;
    }

    /** Creators recorded as forgotten are left out of every file, each with a warning (unless allowed). */
    public void skipForgotten(ForgottenCreators forgotten) {
        this.forgotten = forgotten;
    }

    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    public List<FileOutcome> importFiles(
            List<Path> files, SourceReader reader, ImportOptions options, ImportProgress progress) throws IOException {
        Map<String, CreatorKey> seen = new HashMap<>();
        AccountLookup lookup = (platform, id) -> {
            CreatorKey k = seen.get(accountId(platform, id));
            return k != null ? Optional.of(k) : catalog.findByPlatformId(platform, id);
        };
        Map<Path, FileOutcome> outcomes = new HashMap<>();
        Map<Path, List<ImportProblem>> skipped = new HashMap<>(); // forgotten creators left out, per file
        List<Path> putBack = new ArrayList<>();
        long records = 0;
        int done = 0;
        ImportRound round = round();
        for (Path file : files) {
            try {
                ImportRead read = read(file, reader, options, lookup, seen, skipped);
                records += read.recordsRead();
                if (read.problems().isEmpty()) {
                    outcomes.put(file, store(round, file, read, read.batch(), skipped.getOrDefault(file, List.of())));
                    progress.update(++done, files.size(), records);
                } else {
                    putBack.add(file);
                }
            } catch (RuntimeException e) {
                outcomes.put(file, unexpected(file, e));
                progress.update(++done, files.size(), records);
            }
        }
        for (Path file : putBack) {
            try {
                ImportRead read = read(file, reader, options, lookup, seen, skipped);
                records += read.recordsRead();
                boolean store = read.problems().isEmpty() || options.skipInvalid();
                outcomes.put(
                        file,
                        store
                                ? store(
                                        round,
                                        file,
                                        read,
                                        withoutUnknownCreators(read.batch()),
                                        skipped.getOrDefault(file, List.of()))
                                : new FileOutcome(
                                        file,
                                        read.recordsRead(),
                                        read.problems(),
                                        false,
                                        StoreSummary.empty(),
                                        read.repairs()));
            } catch (RuntimeException e) {
                outcomes.put(file, unexpected(file, e));
            }
            progress.update(++done, files.size(), records);
        }
        round.finish();
        return files.stream().distinct().map(outcomes::get).toList();
    }

    /**
     * A file that failed in a way no check foresaw (a bug, a lost database connection): it is reported as not
     * stored (its transaction rolled back) and the other files of the command go on.
     */
    private static FileOutcome unexpected(Path file, RuntimeException e) {
        String why = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new FileOutcome(
                file,
                0,
                List.of(new ImportProblem(
                        file.toString(),
                        null,
                        null,
                        "could not be imported, an unexpected error (please report it): " + why)),
                false,
                StoreSummary.empty());
    }

    /** Stores a batch as an import does (metrics, listeners); for generated catalogs and benchmarks. */
    public StoreSummary store(CatalogBatch batch) {
        ImportRound round = round();
        StoreSummary summary = round.store(batch);
        round.finish();
        return summary;
    }

    /** A round of files stored one by one and measured once at its end ({@link ImportRound#finish}). */
    public ImportRound round() {
        return new ImportRound(this);
    }

    StoreSummary storeOnly(CatalogBatch batch) {
        return catalog.store(batch);
    }

    /** The newest stale mark committed so far ({@link CreatorCatalog#staleMarkPoint}). */
    long staleMarkPoint() {
        return catalog.staleMarkPoint();
    }

    /**
     * What follows storing, for every creator of the stored batches: metrics, authenticity, marks, listeners.
     * {@code upTo} is the stale-mark point read after the round's commits; {@code aloneSince} says that no other
     * import marked anything since the round began, so creators the round brought new with all their rows can be
     * measured from the batch alone (else another import's posts for them may be stored, and rows are read).
     */
    List<io.microscout.catalog.CatalogEntry> afterStore(
            CatalogBatch stored, StoreSummary summary, long upTo, boolean aloneSince) {
        boolean fromBatch = aloneSince && CatalogMeasurer.holdsAllOf(stored, summary);
        var entries = fromBatch ? measurer.remeasure(stored, summary) : measurer.remeasure(stored.namedCreators());
        if (authenticity != null) {
            authenticity.rescore(entries, fromBatch ? stored : null);
        }
        catalog.markFresh(stored.namedCreators(), upTo);
        listeners.forEach(l -> l.creatorsChanged(entries));
        return entries;
    }

    /**
     * Recomputes the metrics and authenticity of creators an earlier import changed but stopped (crashed,
     * was killed) before saving them; the store marked them stale in the import's own transaction. Returns
     * how many were repaired. The search index is not touched here: {@code index rebuild} repairs it.
     */
    public int repairStale() {
        long upTo = catalog.staleMarkPoint();
        Set<CreatorKey> stale = catalog.staleCreators();
        if (stale.isEmpty()) {
            return 0;
        }
        var entries = measurer.remeasure(stale);
        if (authenticity != null) {
            authenticity.rescore(entries, null);
        }
        catalog.markFresh(stale, upTo);
        return stale.size();
    }

    private static FileOutcome store(
            ImportRound round, Path file, ImportRead read, CatalogBatch batch, List<ImportProblem> warnings) {
        List<ImportProblem> reported = new ArrayList<>(read.problems());
        reported.addAll(warnings);
        return new FileOutcome(file, read.recordsRead(), reported, true, round.store(batch), read.repairs());
    }

    /**
     * When the file's content was true, for sources without a time of their own: the file's last-modified
     * time, to the second. The same file imported twice is then the same observation, not a new snapshot.
     */
    private static java.time.Instant savedAt(Path file) throws IOException {
        return java.nio.file.Files.getLastModifiedTime(file)
                .toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * Reads a file, leaves out forgotten creators (their warnings go to {@code skipped}), adds problems for posts and
     * snapshots of creators found nowhere, remembers its accounts.
     */
    private ImportRead read(
            Path file,
            SourceReader reader,
            ImportOptions options,
            AccountLookup lookup,
            Map<String, CreatorKey> seen,
            Map<Path, List<ImportProblem>> skipped)
            throws IOException {
        ImportRead read = reader.read(file, options.observedAt(savedAt(file)), lookup);
        ForgottenCreators f = forgotten;
        if (f != null && !options.allowForgotten()) {
            ForgottenSkips skips = ForgottenSkips.of(file, read.batch(), f);
            skipped.put(file, skips.warnings());
            read = new ImportRead(skips.batch(), read.problems(), read.recordsRead());
        }
        read.batch().creators().stream()
                .filter(c -> c.platformId() != null)
                .forEach(c -> seen.put(accountId(c.platform(), c.platformId()), c.key()));
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Set<CreatorKey> unknown = unknownCreators(read.batch());
        for (Post p : read.batch().posts()) {
            if (unknown.contains(p.creator())) {
                problems.add(new ImportProblem(
                        file.toString(),
                        "post " + p.platformPostId(),
                        "handle",
                        "creator " + p.creator() + " is neither in this file nor in the catalog"));
            }
        }
        for (FollowerSnapshot s : read.batch().snapshots()) {
            if (unknown.contains(s.creator())) {
                problems.add(new ImportProblem(
                        file.toString(),
                        "snapshot " + s.at(),
                        "handle",
                        "creator " + s.creator() + " is neither in this file nor in the catalog"));
            }
        }
        return new ImportRead(read.batch(), problems, read.recordsRead(), read.repairs());
    }

    private Set<CreatorKey> unknownCreators(CatalogBatch batch) {
        Set<CreatorKey> inFile = new HashSet<>();
        batch.creators().forEach(c -> inFile.add(c.key()));
        Set<CreatorKey> named = new HashSet<>();
        batch.posts().forEach(p -> named.add(p.creator()));
        batch.snapshots().forEach(s -> named.add(s.creator()));
        named.removeAll(inFile);
        named.removeIf(k -> catalog.creator(k).isPresent());
        return named;
    }

    private CatalogBatch withoutUnknownCreators(CatalogBatch batch) {
        Set<CreatorKey> unknown = unknownCreators(batch);
        if (unknown.isEmpty()) {
            return batch;
        }
        return new CatalogBatch(
                batch.source(),
                batch.creators(),
                batch.posts().stream()
                        .filter(p -> !unknown.contains(p.creator()))
                        .toList(),
                batch.snapshots().stream()
                        .filter(s -> !unknown.contains(s.creator()))
                        .toList());
    }

    private static String accountId(Platform platform, String id) {
        return platform.id() + ":" + id;
    }
}
