package io.microscout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.app.MicroScout;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.cli.authenticity.AuthenticityView;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.UserException;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.MetricFormulas;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.tier.TierScheme;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "creator",
        mixinStandardHelpOptions = true,
        description = "Shows one creator: profile, tier, every metric with its formula, recent posts, follower history"
                + " and its authenticity score with every component (value, benchmark, weight, reason).")
public final class CreatorCommand implements Callable<Integer> {
    static final int RECENT_POSTS = 10;

    @Mixin
    CatalogOptions catalog;

    @Parameters(paramLabel = "PLATFORM:HANDLE", description = "e.g. instagram:some.creator")
    String key;

    @Option(names = "--json", description = "print JSON (see docs/storage.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CreatorKey k = CreatorKey.parse(key);
        try (MicroScout app = catalog.open()) {
            Creator c = app.catalog()
                    .creator(k)
                    .orElseThrow(() -> new UserException("no creator " + k + " in the catalog "
                            + app.location().describe()));
            List<Post> posts = app.catalog().posts(k);
            List<FollowerSnapshot> snapshots = app.catalog().snapshots(k);
            // Stored metrics when the window matches the settings; otherwise computed now (nothing is written).
            CreatorMetrics m = app.catalog()
                    .metrics(k)
                    .filter(stored -> stored.window()
                            .equals(app.settings().metricsWindow().describe()))
                    .orElseGet(() -> new MetricsCalculator(app.settings().metricsWindow())
                            .compute(c, posts, snapshots, app.clock().instant()));
            // Scored now from what is stored, with every component's explanation (the stored score is the same
            // unless the shipped model or the clock moved since the last import).
            AuthenticityScore authenticity = app.authenticity().score(k).orElseThrow();
            var audience = AudienceView.of(c, app.measuredAudience(k));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> j = json(c, m, posts, snapshots, app.tierScheme());
                j.put("authenticity", AuthenticityView.toJson(authenticity, new ObjectMapper()));
                j.put("audience", AudienceView.json(audience));
                CatalogJson.print(out, j);
            } else {
                printText(out, c, m, posts, snapshots, app.tierScheme());
                out.println();
                AuthenticityView.toLines(authenticity).forEach(out::println);
                out.println();
                AudienceView.lines(audience).forEach(out::println);
                whoCanBuy(out, c, posts, authenticity, audience, app.tierScheme());
            }
            out.flush();
        }
        return 0;
    }

    /** The forecast's buyer factors for this creator (docs/planning.md, "Who can buy"). */
    private static void whoCanBuy(
            PrintWriter out,
            Creator c,
            List<Post> posts,
            AuthenticityScore authenticity,
            io.microscout.discovery.AudienceProfile audience,
            TierScheme scheme) {
        if (c.followers() == null) {
            return;
        }
        io.microscout.planning.PlanCandidate candidate = new io.microscout.planning.PlanCandidate(
                c.key(),
                scheme.tierOf(c.followers()),
                List.of(),
                c.countryCode(),
                c.languageCode(),
                c.followers(),
                authenticity.score() == null ? null : authenticity.score().doubleValue(),
                null,
                io.microscout.planning.DiscoveredCandidates.history(posts),
                null,
                null,
                audience.estimated() ? null : audience,
                null);
        out.println();
        out.println("Who can buy (the forecast's factors):");
        io.microscout.planning.BuyerModel.defaults()
                .describeWithoutBrief(candidate)
                .forEach(l -> out.println("  " + l));
    }

    /** The content claims with their evidence, read from the recent posts discovery and exports read. */
    static List<ClaimEvidence.Claim> claims(Creator c, List<Post> posts) {
        return ClaimEvidence.of(c.biography(), posts.subList(0, Math.min(CreatorExport.CONTENT_POSTS, posts.size())));
    }

    /** The JSON of {@code creator --json} without its authenticity (the server reuses it). */
    public static Map<String, Object> json(
            Creator c, CreatorMetrics m, List<Post> posts, List<FollowerSnapshot> snapshots, TierScheme scheme) {
        Map<String, Object> j = CatalogJson.profile(c, m, scheme);
        j.put("formulas", MetricFormulas.FORMULAS);
        j.put("claims", ClaimEvidence.json(claims(c, posts)));
        Map<String, Object> recent = new LinkedHashMap<>();
        recent.put("stored", posts.size());
        recent.put("sponsored", posts.stream().filter(Post::sponsored).count());
        recent.put(
                "newest",
                posts.stream().limit(RECENT_POSTS).map(CatalogJson::post).toList());
        j.put("posts", recent);
        j.put("snapshots", snapshots.stream().map(CatalogJson::snapshot).toList());
        return j;
    }

    private static void printText(
            PrintWriter out,
            Creator c,
            CreatorMetrics m,
            List<Post> posts,
            List<FollowerSnapshot> snapshots,
            TierScheme scheme) {
        out.println(c.key()
                + (c.displayName() == null ? "" : " — " + c.displayName())
                + (Boolean.TRUE.equals(c.verified()) ? " (verified)" : ""));
        if (c.biography() != null && !c.biography().isBlank()) {
            out.println("  " + c.biography().replace('\n', ' '));
        }
        out.printf(
                "  followers %s, following %s, media %s; tier %s (scheme %s)%n",
                count(c.followers()),
                count(c.following()),
                count(c.mediaCount()),
                CatalogJson.tier(c, scheme) == null ? "unknown" : CatalogJson.tier(c, scheme),
                scheme.name());
        out.printf(
                "  country %s, language %s%s%n",
                orUnknown(c.countryCode()),
                orUnknown(c.languageCode()),
                c.links().isEmpty() ? "" : ", links " + String.join(" ", c.links()));
        out.println();
        out.println("Metrics (" + m.window() + (m.stated() ? "; no posts, so the figures a source file states" : "")
                + "):");
        MetricValues.of(m).forEach((name, value) -> {
            String stated = StatedView.sourceOf(name, c.stated(), m);
            out.printf(
                    "  %-28s %12s   %s%n",
                    name,
                    MetricValues.display(name, value),
                    stated != null ? stated + ", not computed" : MetricFormulas.of(name));
        });
        StatedView.lines(c.stated(), m).forEach(out::println);
        out.println();
        List<ClaimEvidence.Claim> claims = claims(c, posts);
        out.println("Content claims and the posts behind them (newest first; matching words in [brackets]):");
        ClaimEvidence.lines(claims).forEach(out::println);
        out.println();
        out.printf(
                "Posts: %d stored, %d sponsored; newest:%n",
                posts.size(), posts.stream().filter(Post::sponsored).count());
        for (Post p : posts.subList(0, Math.min(RECENT_POSTS, posts.size()))) {
            out.printf(
                    "  %-22s %-11s likes %8s  comments %6s  views %9s%s%n",
                    p.publishedAt(),
                    p.format().id(),
                    count(p.likes()),
                    count(p.comments()),
                    count(p.views()),
                    p.sponsored() ? "  sponsored" : "");
        }
        out.println();
        out.println("Follower history: " + (snapshots.isEmpty() ? "no snapshots" : snapshots.size() + " snapshot(s)"));
        for (FollowerSnapshot s : snapshots) {
            out.printf("  %-22s %12s%n", s.at(), count(s.followers()));
        }
    }

    private static String count(Long n) {
        return n == null ? "unknown" : String.format("%,d", n);
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }
}
