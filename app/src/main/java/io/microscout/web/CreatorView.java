package io.microscout.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.app.MicroScout;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.cli.CreatorCommand;
import io.microscout.cli.authenticity.AuthenticityView;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One creator as {@code microscout creator --json} shows it (the CLI's own writer), read once for the API and the
 * creator page; plus what only the page shows: niches and values with their evidence, and price estimates.
 */
public record CreatorView(
        Creator creator,
        CreatorMetrics metrics,
        List<Post> posts,
        List<FollowerSnapshot> snapshots,
        AuthenticityScore authenticity,
        Map<String, Object> json) {
    private static final ContentProfiler CONTENT = new ContentProfiler();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static CreatorKey key(String text) {
        try {
            return CreatorKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("key", e.getMessage());
        }
    }

    /** As CreatorCommand reads it: stored metrics when their window is the settings' one, else computed now. */
    public static CreatorView of(MicroScout app, CreatorKey k) {
        Creator c = app.catalog().creator(k).orElseThrow(() -> Problem.notFound("no creator " + k + " in the catalog"));
        List<Post> posts = app.catalog().posts(k);
        List<FollowerSnapshot> snapshots = app.catalog().snapshots(k);
        CreatorMetrics m = app.catalog()
                .metrics(k)
                .filter(stored ->
                        stored.window().equals(app.settings().metricsWindow().describe()))
                .orElseGet(() -> new MetricsCalculator(app.settings().metricsWindow())
                        .compute(c, posts, snapshots, app.clock().instant()));
        AuthenticityScore authenticity = app.authenticity().score(k).orElseThrow();
        Map<String, Object> j = CreatorCommand.json(c, m, posts, snapshots, app.tierScheme());
        j.put("authenticity", MAPPER.convertValue(AuthenticityView.toJson(authenticity, MAPPER), Map.class));
        return new CreatorView(c, m, posts, snapshots, authenticity, j);
    }

    /** Niches, values and risky topics read from the biography and recent posts, each with its evidence. */
    public ContentProfile content() {
        return CONTENT.profile(creator.biography(), posts.subList(0, Math.min(30, posts.size())));
    }

    /** Every content claim (niche, value, risky topic) with the posts behind it and the matching words. */
    public List<io.microscout.cli.ClaimEvidence.Claim> claims() {
        return io.microscout.cli.ClaimEvidence.of(creator.biography(), posts.subList(0, Math.min(30, posts.size())));
    }

    /** An estimate (or the workspace's quote) per deliverable of the creator's platform. */
    public List<Map<String, Object>> prices(Pricer pricer, io.microscout.tier.TierScheme scheme) {
        List<Map<String, Object>> out = new ArrayList<>();
        Tier tier = creator.followers() == null ? null : scheme.tierOf(creator.followers());
        if (tier == null) {
            return out;
        }
        PricingSubject subject =
                PricingSubject.of(creator.key(), tier, creator.followers(), metrics, creator.countryCode());
        for (Deliverable d : Deliverable.values()) {
            if (d.platform() != creator.platform()) {
                continue;
            }
            PriceEstimate p = pricer.price(subject, d);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("deliverable", d.id());
            j.put("label", d.label());
            j.put("low", Math.round(p.low()));
            j.put("point", Math.round(p.point()));
            j.put("high", Math.round(p.high()));
            j.put("basis", p.basis().name().toLowerCase(java.util.Locale.ROOT));
            j.put("explanation", p.explanation());
            out.add(j);
        }
        return out;
    }
}
