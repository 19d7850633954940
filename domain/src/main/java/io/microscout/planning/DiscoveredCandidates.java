package io.microscout.planning;

import io.microscout.brief.Brief;
import io.microscout.brief.FitComponent;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.discovery.AudienceProfile;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.RankedCreator;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Plan candidates from discovery on the real catalog: the brief's best {@code top} creators with their fit score
 * and authenticity (from vetting, via the fit's authenticity component), their per-post engagement history from
 * the catalog's newest posts (the metrics window), and a price per deliverable of their platform from the
 * {@link Pricer} (a recorded quote overrides the rate-card estimate).
 */
public final class DiscoveredCandidates implements CandidateSource {
    /** Posts read per creator: the catalog's default metrics window (30 posts, docs/storage.md). */
    static final int HISTORY_POSTS = 30;

    private final Brief brief;
    private final DiscoveryService discovery;
    private final CreatorCatalog catalog;
    private final Pricer pricer;
    private final int top;
    private final java.util.function.Function<CreatorKey, AudienceProfile> audience;
    private final Map<CreatorKey, RankedCreator> ranked = new java.util.concurrent.ConcurrentHashMap<>();

    public DiscoveredCandidates(
            Brief brief, DiscoveryService discovery, CreatorCatalog catalog, Pricer pricer, int top) {
        this(brief, discovery, catalog, pricer, top, k -> null);
    }

    /** @param audience a creator's measured audience (insights, media kit), or null when none is stored */
    public DiscoveredCandidates(
            Brief brief,
            DiscoveryService discovery,
            CreatorCatalog catalog,
            Pricer pricer,
            int top,
            java.util.function.Function<CreatorKey, AudienceProfile> audience) {
        this.audience = Objects.requireNonNull(audience, "audience");
        this.brief = Objects.requireNonNull(brief, "brief");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.pricer = Objects.requireNonNull(pricer, "pricer");
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
        this.top = top;
    }

    @Override
    public List<PlanCandidate> candidatesFor(PlanBrief plan) {
        Brief asked = brief.withTiers(plan.tiers().isEmpty() ? EnumSet.allOf(Tier.class) : plan.tiers());
        List<RankedCreator> found = discovery.discover(asked, top);
        found.forEach(r -> ranked.put(r.key(), r));
        Map<CreatorKey, List<Post>> posts =
                catalog.postsOf(found.stream().map(RankedCreator::key).toList());
        List<PlanCandidate> out = new ArrayList<>(found.size());
        for (RankedCreator r : found) {
            Creator c = catalog.creator(r.key()).orElse(null);
            if (c == null || r.tier() == null || c.followers() == null) {
                continue;
            }
            long[] history = history(posts.getOrDefault(r.key(), List.of()));
            Double authenticity = r.fit().component(FitComponent.AUTHENTICITY).value();
            // Without posts, the rate a source file states (stored metrics say so); with posts, theirs.
            var metrics = history.length > 0 ? null : catalog.metrics(r.key()).orElse(null);
            PricingSubject subject = history.length > 0
                    ? new PricingSubject(
                            r.key(),
                            r.tier(),
                            c.followers(),
                            PlanCandidate.engagementRate(history, c.followers()),
                            c.countryCode())
                    : PricingSubject.of(r.key(), r.tier(), c.followers(), metrics, c.countryCode());
            Map<Deliverable, PriceEstimate> prices = new EnumMap<>(Deliverable.class);
            for (Deliverable d : Deliverable.values()) {
                if (d.platform() == r.key().platform()) {
                    prices.put(d, pricer.price(subject, d));
                }
            }
            out.add(new PlanCandidate(
                    r.key(),
                    r.tier(),
                    r.content().nicheIds(),
                    c.countryCode(),
                    c.languageCode(),
                    c.followers(),
                    authenticity == null ? null : authenticity * 100,
                    r.fit().score(),
                    history,
                    prices,
                    null,
                    audience.apply(r.key()),
                    r.fit().component(FitComponent.RELEVANCE).value(),
                    PlanCandidate.Stated.of(metrics, c.followers())));
        }
        return out;
    }

    /**
     * A creator as discovery ranked it for the brief in a {@link #candidatesFor} call (its fit's values, brand safety
     * and content, read for the acceptance likelihood), or null when discovery did not hand it over.
     */
    public RankedCreator ranked(CreatorKey creator) {
        return ranked.get(creator);
    }

    /** Likes + comments of the newest posts where both are known. */
    public static long[] history(List<Post> newestFirst) {
        long[] h = new long[Math.min(HISTORY_POSTS, newestFirst.size())];
        int n = 0;
        for (Post p : newestFirst) {
            Long e = p.likesAndComments();
            if (e != null && n < h.length) {
                h[n++] = e;
            }
        }
        return java.util.Arrays.copyOf(h, n);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "discovery on the catalog (the brief's best %,d creators by fit)", top);
    }

    @Override
    public boolean synthetic() {
        return false;
    }
}
