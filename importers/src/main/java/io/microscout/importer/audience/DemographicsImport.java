package io.microscout.importer.audience;

import io.microscout.audience.AudienceKind;
import io.microscout.audience.AudienceReport;
import io.microscout.audience.AudienceReports;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceData;
import io.microscout.importer.ForgottenWarning;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ProblemLog;
import io.microscout.privacy.ForgottenCreators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports measured audiences of creators already in the catalog: Instagram insights responses
 * ({@link InsightsDemographics}) and media-kit CSV files ({@link MediaKitCsv}), with the rules of every import:
 * one transaction per file; a file with problems stores nothing unless {@code skipInvalid}; the same file again
 * changes nothing. A file that gives some dimensions only (a response per breakdown: one for countries, one for
 * ages) updates those and keeps the others of the creator's newest report of that kind. A creator forgotten on
 * request (microscout forget) is left out with a warning, as the catalog import does, unless {@code allowForgotten}.
 */
public final class DemographicsImport {

    /**
     * What one file did. A report is one measured audience of one kind (followers, engaged audience) of one creator.
     *
     * @param problems         what could not be read, then a warning per forgotten creator left out
     * @param creatorsChanged  creators with at least one new report
     * @param reportsStored    reports stored
     * @param reportsUnchanged reports equal to the creator's newest stored one of that kind, so not stored again
     */
    public record Outcome(
            Path file,
            int recordsRead,
            List<ImportProblem> problems,
            boolean stored,
            int creatorsChanged,
            int reportsStored,
            int reportsUnchanged) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return !stored;
        }
    }

    private final CreatorCatalog catalog;
    private final AudienceReports reports;
    private final ForgottenCreators forgotten;

    public DemographicsImport(CreatorCatalog catalog, AudienceReports reports, ForgottenCreators forgotten) {
        this.catalog = catalog;
        this.reports = reports;
        this.forgotten = forgotten;
    }

    /** Instagram insights responses of one creator ({@code creator} is required: the response names an id only). */
    public List<Outcome> insights(List<Path> files, ImportOptions options, CreatorKey creator) throws IOException {
        if (creator == null) {
            throw new IllegalArgumentException("an insights response names the account by its numeric id only:"
                    + " give the creator it belongs to with --creator instagram:HANDLE");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            ProblemLog problems = new ProblemLog(file.getFileName().toString());
            Map<AudienceKind, AudienceData> read = InsightsDemographics.read(file, problems);
            List<MediaKitCsv.Kit> kits = new ArrayList<>();
            read.forEach((kind, data) -> kits.add(new MediaKitCsv.Kit(creator, kind, data, 1)));
            outcomes.add(store(file, "Instagram insights", kits, read.size(), problems, options));
        }
        return outcomes;
    }

    /** Media-kit CSV files (the creator from --creator or the file's columns). */
    public List<Outcome> mediaKits(List<Path> files, ImportOptions options, CreatorKey creator) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            ProblemLog problems = new ProblemLog(file.getFileName().toString());
            MediaKitCsv.Read read = MediaKitCsv.read(file, options, creator, problems);
            outcomes.add(store(file, "media kit", read.kits(), read.recordsRead(), problems, options));
        }
        return outcomes;
    }

    private Outcome store(
            Path file,
            String sourceKind,
            List<MediaKitCsv.Kit> kits,
            int recordsRead,
            ProblemLog log,
            ImportOptions options)
            throws IOException {
        List<ImportProblem> problems = new ArrayList<>(log.list());
        Instant measuredAt = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String source = sourceKind + " (" + file.getFileName() + ")";
        Map<CreatorKey, Instant> forgottenAt = options.allowForgotten()
                ? Map.of()
                : forgotten.among(
                        kits.stream().map(MediaKitCsv.Kit::creator).distinct().toList());
        List<AudienceReport> fresh = new ArrayList<>();
        int unchanged = 0;
        Set<CreatorKey> changedCreators = new LinkedHashSet<>();
        for (MediaKitCsv.Kit kit : kits) {
            if (forgottenAt.containsKey(kit.creator())) {
                continue;
            }
            if (catalog.creator(kit.creator()).isEmpty()) {
                problems.add(new ImportProblem(
                        log.file(),
                        "line " + kit.firstLine(),
                        "creator",
                        "creator " + kit.creator() + " is not in the catalog (import its profile first)"));
                continue;
            }
            AudienceReport latest = reports.latest(kit.creator(), kit.kind()).orElse(null);
            AudienceData merged =
                    latest == null ? kit.shares() : InsightsDemographics.union(latest.shares(), kit.shares());
            AudienceReport report = new AudienceReport(kit.creator(), kit.kind(), source, measuredAt, merged);
            if (report.sameSharesAs(latest)) {
                unchanged++;
            } else {
                fresh.add(report);
                changedCreators.add(kit.creator());
            }
        }
        if (!problems.isEmpty() && !options.skipInvalid()) {
            return new Outcome(file, recordsRead, problems, false, 0, 0, 0);
        }
        reports.saveAll(fresh);
        forgottenAt.forEach((creator, at) -> problems.add(ForgottenWarning.about(log.file(), creator, at)));
        return new Outcome(file, recordsRead, problems, true, changedCreators.size(), fresh.size(), unchanged);
    }
}
