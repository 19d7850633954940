package io.microscout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of the catalog commands (documented in docs/storage.md). Rates are fractions; unknown values
 * are null; times are ISO-8601 strings.
 */
public final class CatalogJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogJson() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** The short form, one per creator in {@code creators --json}. */
    public static Map<String, Object> summary(Creator c, CreatorMetrics m, TierScheme scheme) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("platform", c.platform().id());
        j.put("handle", c.handle());
        j.put("displayName", c.displayName());
        j.put("followers", c.followers());
        j.put("tier", tier(c, scheme));
        j.put("countryCode", c.countryCode());
        j.put("languageCode", c.languageCode());
        j.put("verified", c.verified());
        j.put("metrics", metrics(m));
        return j;
    }

    /** The stored authenticity in {@code creators --json}: score (null = not enough data), state, confidence. */
    public static Map<String, Object> authenticity(StoredAuthenticity a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("score", a.score());
        j.put("state", a.state() == AuthenticityScore.State.SCORED ? "scored" : "not enough data");
        j.put("confidence", a.confidence().name().toLowerCase(java.util.Locale.ROOT));
        j.put("computedAt", time(a.computedAt()));
        return j;
    }

    /** The full profile, for {@code creator --json}. */
    static Map<String, Object> profile(Creator c, CreatorMetrics m, TierScheme scheme) {
        Map<String, Object> j = summary(c, m, scheme);
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("platform", j.remove("platform"));
        full.put("handle", j.remove("handle"));
        full.put("displayName", j.remove("displayName"));
        full.put("biography", c.biography());
        full.put("followers", j.remove("followers"));
        full.put("following", c.following());
        full.put("mediaCount", c.mediaCount());
        full.put("totalViews", c.totalViews());
        full.put("totalLikes", c.totalLikes());
        full.put("tier", j.remove("tier"));
        full.put("tierScheme", scheme.name());
        full.putAll(j);
        full.put("platformId", c.platformId());
        full.put("person", c.person());
        full.put("category", c.category());
        full.put("links", c.links());
        full.put("contactEmail", c.contactEmail());
        full.put("observedAt", time(c.observedAt()));
        full.put("metrics", full.remove("metrics"));
        full.put("statedEngagement", StatedView.json(c.stated(), m));
        return full;
    }

    static Map<String, Object> metrics(CreatorMetrics m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("window", m.window());
        j.put("source", m.source());
        j.putAll(MetricValues.of(m));
        j.put("computedAt", time(m.computedAt()));
        return j;
    }

    static Map<String, Object> post(Post p) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", p.platformPostId());
        j.put("publishedAt", time(p.publishedAt()));
        j.put("format", p.format().id());
        j.put("likes", p.likes());
        j.put("comments", p.comments());
        j.put("views", p.views());
        j.put("shares", p.shares());
        j.put("saves", p.saves());
        j.put("sponsored", p.sponsored());
        j.put("hashtags", p.hashtags());
        j.put("url", p.url());
        return j;
    }

    static Map<String, Object> snapshot(FollowerSnapshot s) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("at", time(s.at()));
        j.put("followers", s.followers());
        j.put("following", s.following());
        j.put("mediaCount", s.mediaCount());
        return j;
    }

    public static String tier(Creator c, TierScheme scheme) {
        Tier t = scheme.tierOf(c.followers());
        return t == null ? null : t.id();
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
