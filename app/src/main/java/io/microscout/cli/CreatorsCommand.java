package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.catalog.CatalogEntry;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.CsvWriter;
import io.microscout.cli.common.CutListing;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "creators",
        mixinStandardHelpOptions = true,
        description = "Lists creators of the catalog matching the filters, largest audience first."
                + " Engagement filters apply to the mean engagement rate by followers.")
public final class CreatorsCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Option(
            names = "--platform",
            split = ",",
            paramLabel = "PLATFORM",
            description = "instagram, youtube, tiktok (repeatable)")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--tier", paramLabel = "TIER", description = "nano, micro, mid, macro or mega, by the tier scheme")
    String tier;

    @Option(names = "--min-followers", paramLabel = "N")
    Long minFollowers;

    @Option(names = "--max-followers", paramLabel = "N", description = "exclusive")
    Long maxFollowers;

    @Option(names = "--min-engagement", paramLabel = "RATE", description = "e.g. 2%% or 0.02")
    String minEngagement;

    @Option(names = "--max-engagement", paramLabel = "RATE", description = "e.g. 8%% or 0.08")
    String maxEngagement;

    @Option(names = "--country", split = ",", paramLabel = "CODE", description = "ISO 3166-1 alpha-2, e.g. DE")
    Set<String> countries = Set.of();

    @Option(names = "--language", split = ",", paramLabel = "CODE", description = "ISO 639-1, e.g. de")
    Set<String> languages = Set.of();

    @Option(names = "--text", paramLabel = "TEXT", description = "in handle, name or biography (ignoring case)")
    String text;

    @Option(
            names = "--min-authenticity",
            paramLabel = "SCORE",
            description = "only creators whose stored authenticity score (0-100) is at least SCORE; creators with"
                    + " \"not enough data\" are left out")
    Integer minAuthenticity;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "at most N creators (default: 50 in the table, all with --json or --csv; 0 = all);"
                    + " a listing that is cut says so on stderr")
    Integer limit;

    @ArgGroup
    Output output = new Output();

    static final class Output {
        @Option(names = "--json", description = "print JSON (see docs/storage.md)")
        boolean json;

        @Option(
                names = "--csv",
                description =
                        "print CSV for a spreadsheet: one row per creator, every column in docs/exports.md;"
                                + " starts with a UTF-8 byte-order mark so that Excel reads non-ASCII names (--no-bom drops it)")
        boolean csv;
    }

    @Option(names = "--no-bom", description = "with --csv: no byte-order mark (for programs that do not expect one)")
    boolean noBom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (MicroScout app = catalog.open()) {
            TierScheme scheme = app.tierScheme();
            int shown = shownAtMost();
            List<CatalogEntry> found = app.catalog().find(filter(scheme, shown == 0 ? 0 : shown + 1));
            if (shown > 0 && found.size() > shown) {
                found = found.subList(0, shown);
                CutListing.tell(
                        spec.commandLine().getErr(), shown, app.catalog().count(filter(scheme, 0)));
            }
            Map<CreatorKey, StoredAuthenticity> auth = app.authenticityRecords()
                    .of(found.stream().map(e -> e.creator().key()).toList());
            PrintWriter out = spec.commandLine().getOut();
            if (output.json || output.csv) {
                List<CreatorExport> rows = CreatorExport.of(app, found, auth);
                if (output.json) {
                    CatalogJson.print(
                            out,
                            rows.stream()
                                    .map(r -> {
                                        Map<String, Object> j = CatalogJson.summary(
                                                r.entry().creator(), r.entry().metrics(), scheme);
                                        r.addTo(j);
                                        return j;
                                    })
                                    .toList());
                } else {
                    printCsv(out, rows, scheme, !noBom);
                }
            } else {
                printTable(
                        out,
                        found,
                        auth,
                        scheme,
                        DemoCatalog.keysAmong(
                                app, found.stream().map(e -> e.creator().key()).toList()));
            }
            out.flush();
        }
        return 0;
    }

    /** The --limit, else all for an export (--json, --csv) and 50 for the table; 0 is all. */
    int shownAtMost() {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more, got " + limit);
        }
        return limit != null ? limit : output.json || output.csv ? 0 : 50;
    }

    CreatorFilter filter(TierScheme scheme, int limit) {
        return filter(
                scheme,
                platforms,
                tier,
                minFollowers,
                maxFollowers,
                minEngagement,
                maxEngagement,
                countries,
                languages,
                text,
                minAuthenticity,
                0,
                limit);
    }

    /** The filter of {@code creators} from its options' values (the server's creator list reads the same). */
    public static CreatorFilter filter(
            TierScheme scheme,
            List<String> platforms,
            String tier,
            Long minFollowers,
            Long maxFollowers,
            String minEngagement,
            String maxEngagement,
            Set<String> countries,
            Set<String> languages,
            String text,
            Integer minAuthenticity,
            int offset,
            int limit) {
        Long min = minFollowers;
        Long max = maxFollowers;
        if (tier != null) {
            Tier t = Tier.parse(tier);
            Long low = scheme.lowerBound(t);
            if (low == null) {
                throw new IllegalArgumentException("tier scheme '" + scheme.name() + "' has no tier " + t.id());
            }
            min = min == null ? low : Math.max(min, low);
            Long high = scheme.upperBound(t);
            max = high == null ? max : max == null ? high : Math.min(max, high);
        }
        Set<Platform> ps = platforms.stream().map(Platform::parse).collect(Collectors.toSet());
        return new CreatorFilter(
                ps,
                min,
                max,
                Rates.parse("--min-engagement", minEngagement),
                Rates.parse("--max-engagement", maxEngagement),
                countries,
                languages,
                text,
                authenticityBound(minAuthenticity),
                offset,
                limit);
    }

    private static Double authenticityBound(Integer minAuthenticity) {
        if (minAuthenticity != null && (minAuthenticity < 0 || minAuthenticity > 100)) {
            throw new IllegalArgumentException("--min-authenticity must be within 0..100, got " + minAuthenticity);
        }
        return minAuthenticity == null ? null : minAuthenticity.doubleValue();
    }

    private static final String[] COLUMNS = {
        "creator", "name", "followers", "tier", "er_mean", "er_median", "posts", "country", "language", "authenticity"
    };

    private static void printCsv(PrintWriter out, List<CreatorExport> rows, TierScheme scheme, boolean bom)
            throws java.io.IOException {
        CsvWriter csv = CsvWriter.of(out, CreatorExport.COLUMNS, bom);
        for (CreatorExport r : rows) {
            csv.row(r.csvRow(scheme));
        }
        csv.flush();
    }

    private static List<String> row(CatalogEntry e, StoredAuthenticity a, TierScheme scheme) {
        var c = e.creator();
        var m = e.metrics();
        Double mean = m == null ? null : m.engagementRateMean();
        Double median = m == null ? null : m.engagementRateMedian();
        List<String> r = new ArrayList<>();
        r.add(c.key().toString());
        r.add(c.displayName() == null ? "" : c.displayName());
        r.add(c.followers() == null ? "" : String.format("%,d", c.followers()));
        r.add(String.valueOf(CatalogJson.tier(c, scheme) == null ? "" : CatalogJson.tier(c, scheme)));
        r.add(Rates.percent(mean));
        r.add(Rates.percent(median));
        r.add(m == null ? "" : String.valueOf(m.postsAnalysed()));
        r.add(c.countryCode() == null ? "" : c.countryCode());
        r.add(c.languageCode() == null ? "" : c.languageCode());
        r.add(a == null ? "" : a.score() != null ? a.score().toString() : "no data");
        return r;
    }

    private static void printTable(
            PrintWriter out,
            List<CatalogEntry> found,
            Map<CreatorKey, StoredAuthenticity> auth,
            TierScheme scheme,
            Set<CreatorKey> demo) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "CREATOR", "NAME", "FOLLOWERS", "TIER", "ER MEAN", "ER MEDIAN", "POSTS", "COUNTRY", "LANG", "AUTH"));
        for (CatalogEntry e : found) {
            List<String> r = row(e, auth.get(e.creator().key()), scheme);
            if (demo.contains(e.creator().key())) {
                r.set(0, r.get(0) + " (demo)");
            }
            rows.add(r);
        }
        int[] width = new int[COLUMNS.length];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.min(40, Math.max(width[i], r.get(i).length()));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i).length() > 40 ? r.get(i).substring(0, 39) + "…" : r.get(i);
                line.append(String.format("%-" + width[i] + "s  ", cell));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(found.size() + " creator(s) (tier scheme " + scheme.name() + ")"
                + (demo.isEmpty() ? "" : "; (demo): generated by ./microscout demo, not real accounts"));
    }
}
