package io.microscout.metrics;

import io.microscout.creator.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The product's one table of published engagement rates by followers ((likes + comments) / followers), by platform
 * and follower bracket, each with its source. Vetting (authenticity), discovery (fit) and the demo all read this
 * table, so no two places can disagree. An engagement rate is judged against its own platform and bracket, never one
 * global number; where no source gives a figure (YouTube at any size, TikTok above 10k, any account under 1,000
 * followers) there is no benchmark, and whoever shows one says so.
 *
 * <p>Sources: HypeAuditor, State of Influencer Marketing 2023 (nano 1k-10k: Instagram 2.78%, TikTok 12.6%);
 * Statista 2023 (Instagram, all tiers: 1.85%; 1-10k: 2.19%, the lower figure of the two for nano); HypeAuditor's
 * 36k-influencer study (Instagram tiers from 20k to 1M+ all at 1.54-1.62%: midpoint 1.58%).
 */
public final class EngagementBenchmarks {

    /** A benchmark rate with the bracket it holds for ({@code toFollowers} exclusive, null: no upper end) and its source. */
    public record Benchmark(double rate, long fromFollowers, Long toFollowers, String source) {}

    private static final List<Row> TABLE = List.of(
            new Row(
                    Platform.INSTAGRAM,
                    new Benchmark(
                            0.0278,
                            1_000,
                            10_000L,
                            "HypeAuditor State of Influencer Marketing 2023: Instagram nano (1k-10k) 2.78%")),
            new Row(
                    Platform.INSTAGRAM,
                    new Benchmark(
                            0.0185,
                            10_000,
                            20_000L,
                            "Statista 2023: Instagram, all tiers, 1.85% (no study of 10k-20k alone)")),
            new Row(
                    Platform.INSTAGRAM,
                    new Benchmark(
                            0.0158,
                            20_000,
                            null,
                            "HypeAuditor 36k-influencer study: Instagram tiers from 20k to 1M+ at 1.54-1.62% (midpoint)")),
            new Row(
                    Platform.TIKTOK,
                    new Benchmark(
                            0.126,
                            1_000,
                            10_000L,
                            "HypeAuditor State of Influencer Marketing 2023: TikTok nano (1k-10k) 12.6%")));

    private record Row(Platform platform, Benchmark benchmark) {}

    private EngagementBenchmarks() {}

    /** The benchmark for an account of that platform and size, or empty when none is published. */
    public static Optional<Benchmark> of(Platform platform, Long followers) {
        if (platform == null || followers == null) {
            return Optional.empty();
        }
        return TABLE.stream()
                .filter(r -> r.platform == platform
                        && followers >= r.benchmark.fromFollowers()
                        && (r.benchmark.toFollowers() == null || followers < r.benchmark.toFollowers()))
                .map(Row::benchmark)
                .findFirst();
    }

    /** The benchmarks published for accounts between these follower counts ({@code to} exclusive, null: no end). */
    public static List<Benchmark> between(Platform platform, long from, Long to) {
        List<Benchmark> out = new ArrayList<>();
        for (Row r : TABLE) {
            Benchmark b = r.benchmark;
            boolean overlaps =
                    (to == null || b.fromFollowers() < to) && (b.toFollowers() == null || b.toFollowers() > from);
            if (r.platform == platform && overlaps) {
                out.add(b);
            }
        }
        return out;
    }

    /** "1.58-2.78%" for the published figures in that range, or "none published". */
    public static String describeBetween(Platform platform, long from, Long to) {
        List<Benchmark> b = between(platform, from, to);
        if (b.isEmpty()) {
            return "none published";
        }
        double lo = b.stream().mapToDouble(Benchmark::rate).min().orElseThrow();
        double hi = b.stream().mapToDouble(Benchmark::rate).max().orElseThrow();
        return lo == hi
                ? String.format(Locale.ROOT, "%.2f%%", 100 * lo)
                : String.format(Locale.ROOT, "%.2f-%.2f%%", 100 * lo, 100 * hi);
    }
}
