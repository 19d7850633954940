package io.microscout.cli;

import io.microscout.catalog.CatalogEntry;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.generator.Calibration;
import io.microscout.generator.FraudKind;
import io.microscout.generator.GroundTruth;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.EngagementBenchmarks;
import io.microscout.metrics.Stats;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The demo's first result: the catalog at a glance (accounts by tier and platform, median engagement rate per
 * tier and platform beside its benchmark, accounts per niche) and the micro-influencers worth a first look, with
 * plain headers. Niches are the ones the generator wrote the creators' content for.
 */
final class CatalogOverview {
    private static final List<Platform> SHOWN = List.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE);

    private final TierScheme tiers;
    private final Map<CreatorKey, GroundTruth> truth;
    private final Map<Tier, Map<Platform, List<Double>>> rates = new EnumMap<>(Tier.class);
    private final Map<String, Integer> niches = new TreeMap<>();
    private final List<CatalogEntry> micro = new ArrayList<>();
    private int creators;

    CatalogOverview(TierScheme tiers, Map<CreatorKey, GroundTruth> truth) {
        this.tiers = tiers;
        this.truth = truth;
        for (Tier t : Tier.values()) {
            Map<Platform, List<Double>> byPlatform = new EnumMap<>(Platform.class);
            for (Platform p : Platform.values()) {
                byPlatform.put(p, new ArrayList<>());
            }
            rates.put(t, byPlatform);
        }
    }

    void add(CatalogEntry entry) {
        Tier tier = tiers.tierOf(entry.creator().followers());
        if (tier == null) {
            return;
        }
        creators++;
        CreatorMetrics m = entry.metrics();
        rates.get(tier).get(entry.creator().platform()).add(m == null ? null : m.engagementRateMedian());
        GroundTruth t = truth.get(entry.creator().key());
        if (t != null) {
            niches.merge(t.primaryNiche(), 1, Integer::sum);
        }
        if (tier == Tier.MICRO) {
            micro.add(entry);
        }
    }

    void printGlance(PrintStream out) {
        out.printf("The catalog at a glance: %,d accounts (tier scheme '%s')%n%n", creators, tiers.name());
        out.printf(
                "%-6s %14s | %9s %9s %9s | %-30s%n",
                "tier",
                "followers",
                "instagram",
                "tiktok",
                "youtube",
                "median engagement rate, all accounts (benchmark): ig / tt / yt");
        for (Tier tier : Tier.values()) {
            Map<Platform, List<Double>> byPlatform = rates.get(tier);
            StringBuilder er = new StringBuilder();
            for (Platform p : SHOWN) {
                er.append(er.length() == 0 ? "" : " / ")
                        .append(percent(median(byPlatform.get(p))))
                        .append(" (")
                        .append(EngagementBenchmarks.describeBetween(
                                p, tiers.lowerBound(tier) == null ? 0 : tiers.lowerBound(tier), tiers.upperBound(tier)))
                        .append(')');
            }
            out.printf(
                    "%-6s %14s | %,9d %,9d %,9d | %s%n",
                    tier.id(),
                    range(tier),
                    byPlatform.get(Platform.INSTAGRAM).size(),
                    byPlatform.get(Platform.TIKTOK).size(),
                    byPlatform.get(Platform.YOUTUBE).size(),
                    er);
        }
        out.println();
        out.println("Benchmarks: the published rates by followers that vetting and discovery judge against "
                + "(HypeAuditor 2023, Statista 2023, HypeAuditor 36k study; none is published for YouTube or TikTok above "
                + "10k). The generator's own assumed rates: docs/generator.md.");
        out.println();
        StringBuilder line = new StringBuilder("Accounts per niche: ");
        niches.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e ->
                        line.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
        out.println(line.substring(0, Math.max(0, line.length() - 2)));
        out.println();
    }

    /**
     * The demo's top list keeps creators the vetting trusts: 60 is the minimum authenticity of the example brief
     * (examples/brief-vegan-skincare.yaml), MicroScout's own default, not a published cut-off.
     */
    static final int MIN_AUTHENTICITY = 60;

    /**
     * The micro creators a marketer would look at first: those the vetting trusts, by median engagement rate
     * against the published benchmark for their platform and size, in every niche or in {@code niche} when
     * given. With {@code showTruth} (developers) a column shows the fraud the generator planted.
     */
    /** Prints the top list; returns its first creator, if any, for the hint that follows it. */
    java.util.Optional<CatalogEntry> printTop(
            PrintStream out, String niche, int n, boolean showTruth, Function<CatalogEntry, Integer> authenticity) {
        List<CatalogEntry> candidates = new ArrayList<>();
        for (CatalogEntry e : micro) {
            GroundTruth t = truth.get(e.creator().key());
            if (t != null
                    && (niche == null || t.primaryNiche().equals(niche))
                    && e.metrics() != null
                    && e.metrics().engagementRateMedian() != null) {
                candidates.add(e);
            }
        }
        candidates.sort(Comparator.comparingDouble(CatalogOverview::againstBenchmark)
                .reversed()
                .thenComparing(e -> e.creator().key()));
        List<CatalogEntry> vetted = new ArrayList<>();
        List<CatalogEntry> setAside = new ArrayList<>();
        for (CatalogEntry e : candidates) {
            Integer auth = authenticity.apply(e);
            (auth != null && auth >= MIN_AUTHENTICITY ? vetted : setAside).add(e);
        }
        out.printf(
                "Top %d micro-influencers (%s followers)%s you can trust: authenticity %d or more, ranked by engagement"
                        + " against the published benchmark for their platform and size (%d candidates; %d set aside"
                        + " for low or unknown authenticity):%n%n",
                Math.min(n, vetted.size()),
                range(Tier.MICRO),
                niche == null ? ", all niches," : " in " + niche,
                MIN_AUTHENTICITY,
                candidates.size(),
                setAside.size());
        String header = String.format(
                "%2s  %-34s %-14s %-7s %9s %10s %9s %10s %10s %10s %9s %12s",
                "#",
                "account",
                "niche",
                "country",
                "followers",
                "engagement",
                "vs",
                "engagement",
                "posts",
                "followers",
                "sponsored",
                "authenticity");
        String second = String.format(
                "%2s  %-34s %-14s %-7s %9s %10s %9s %10s %10s %10s %9s %12s",
                "", "", "", "", "", "(median)", "benchmark", "by views", "per week", "90 days", "posts", "(0-100)");
        out.println(showTruth ? header + "  planted fraud (generator's truth)" : header);
        out.println(second.stripTrailing());
        int planted = 0;
        for (int i = 0; i < Math.min(n, vetted.size()); i++) {
            planted += printRow(out, i + 1, vetted.get(i), authenticity.apply(vetted.get(i)), showTruth);
        }
        out.println();
        out.printf(
                "engagement: (likes + comments) / followers, the median over recent posts; vs benchmark: 1.5x is half"
                        + " again the published rate for the creator's platform and size (where none is published, the"
                        + " demo generator's assumed micro rate). authenticity: real followers in the follower sample,"
                        + " engagement against its benchmark, volatility, comments per like, growth spikes, comment"
                        + " authenticity (./microscout creator PLATFORM:HANDLE explains it).%n");
        if (showTruth) {
            int setAsidePlanted = 0;
            for (CatalogEntry e : setAside) {
                setAsidePlanted += truth.get(e.creator().key()).fraud() == FraudKind.NONE ? 0 : 1;
            }
            out.printf(
                    "Generator's truth: %d of the top list carry planted fraud; of the %d set aside, %d do.%n",
                    planted, setAside.size(), setAsidePlanted);
        }
        return vetted.stream().findFirst();
    }

    /** Prints one creator's row; returns 1 when it carries planted fraud. */
    private int printRow(PrintStream out, int rank, CatalogEntry e, Integer auth, boolean showTruth) {
        CreatorMetrics m = e.metrics();
        GroundTruth t = truth.get(e.creator().key());
        FraudKind fraud = t.fraud();
        String row = String.format(
                Locale.ROOT,
                "%2d  %-34s %-14s %-7s %,9d %10s %8.1fx %10s %10s %10s %9s %12s",
                rank,
                e.creator().key(),
                t.primaryNiche(),
                e.creator().countryCode() == null ? "-" : e.creator().countryCode(),
                e.creator().followers(),
                percent(m.engagementRateMedian()),
                againstBenchmark(e),
                percent(m.engagementRateByViewsMedian()),
                m.postsPerWeek() == null ? "-" : String.format(Locale.ROOT, "%.1f", m.postsPerWeek()),
                percent(m.followerGrowth90d()),
                percent(m.sponsoredShare()),
                auth == null ? "-" : auth.toString());
        out.println(showTruth ? row + "  " + (fraud == FraudKind.NONE ? "-" : fraud.id()) : row);
        return fraud == FraudKind.NONE ? 0 : 1;
    }

    /** Against the published benchmark for the account's size, else the generator's assumed micro rate (said so). */
    private static double againstBenchmark(CatalogEntry e) {
        double bench = EngagementBenchmarks.of(
                        e.creator().platform(), e.creator().followers())
                .map(EngagementBenchmarks.Benchmark::rate)
                .orElse(Calibration.engagementRate(e.creator().platform(), Tier.MICRO));
        return e.metrics().engagementRateMedian() / bench;
    }

    private String range(Tier tier) {
        Long low = tiers.lowerBound(tier);
        Long high = tiers.upperBound(tier);
        return (low == null || low == 0 ? "<" : compact(low) + (high == null ? "+" : "-"))
                + (high == null ? "" : compact(high));
    }

    private static String compact(long n) {
        return n >= 1_000_000 ? n / 1_000_000 + "M" : n >= 1_000 ? n / 1_000 + "k" : Long.toString(n);
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.ROOT, "%.2f%%", rate * 100);
    }

    private static Double median(List<Double> values) {
        double[] known = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        return Stats.median(known, known.length);
    }
}
