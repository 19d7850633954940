package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.CreatorContent;
import io.microscout.tier.TierScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Discovery: brief -> index query (keywords, vector, hard filters) -> candidates -> catalog profiles -> fit score
 * -> ranking (creators below {@link #MIN_RELEVANCE} left out). Hard filters are exact: every candidate is checked again against the catalog's own data with
 * {@link IndexFilter#admits} and the brief's tiers, so a stale or approximate index never leaks an excluded creator.
 */
public final class DiscoveryService {
    /** Candidates fetched per retriever: enough for reranking to matter, few enough to score in milliseconds. */
    static final int MIN_CANDIDATES = 100;
    /**
     * A creator who does not talk about the product cannot sell it, however good the rest: results need at least
     * this relevance (MicroScout's floor; 0.15 is below one weak niche mention with no keyword or meaning match).
     */
    public static final double MIN_RELEVANCE = 0.15;

    private final CreatorIndex index;
    private final CreatorProfiles profiles;
    private final TextEmbedder embedder;
    private final ContentProfiler profiler = new ContentProfiler();
    private final ContentCache contents = new ContentCache();

    /** @param embedder null: keyword search only (no semantic part in relevance) */
    public DiscoveryService(CreatorIndex index, CreatorProfiles profiles, TextEmbedder embedder) {
        this.index = Objects.requireNonNull(index, "index");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.embedder = embedder;
    }

    /** The best {@code top} creators for the brief, best first. */
    public List<RankedCreator> discover(Brief brief, int top) {
        return rank(brief, BriefQuery.of(brief, embedder, candidates(top)), top);
    }

    /**
     * Creators like the seed in content (its own vector and top terms) and audience (its countries and languages
     * as the target), in the seed's tier, the seed itself excluded.
     */
    public List<RankedCreator> lookalikes(CreatorKey seedKey, int top) {
        CreatorProfile seed = profiles.find(seedKey).orElseThrow(() ->
                new IllegalArgumentException("no creator " + seedKey + " in the catalog"));
        ContentProfile content = profiler.profile(seed.creator().biography(), seed.recentPosts());
        Brief brief = Lookalikes.briefFor(seed, content);
        String seedText = IndexedCreators.semanticText(seed);
        float[] vector = embedder == null || seedText.isEmpty() ? null : embedder.embed(seedText);
        IndexQuery query = new IndexQuery(String.join(" ", brief.keywords()), vector,
                BriefQuery.filter(brief, java.util.Set.of(seedKey)), candidates(top));
        return rank(brief, query, top);
    }

    private static int candidates(int top) {
        return Math.max(MIN_CANDIDATES, 5 * top);
    }

    List<RankedCreator> rank(Brief brief, IndexQuery query, int top) {
        List<IndexHit> hits = index.search(query);
        Map<CreatorKey, CreatorProfile> found = profiles.findAll(hits.stream().map(IndexHit::key).toList());
        double maxKeyword = hits.stream().mapToDouble(IndexHit::keywordScore).max().orElse(0);
        FitWeights weights = FitWeights.from(brief.weights());
        TierScheme scheme = TierScheme.named(brief.tierScheme());
        List<RankedCreator> scored = new ArrayList<>();
        for (IndexHit hit : hits) {
            CreatorProfile p = found.get(hit.key());
            if (p == null || !admits(brief, query.filter(), p)) {
                continue;
            }
            ContentCache.Read read = contents.read(p);
            CreatorContent text = read.text();
            ContentProfile content = read.profile();
            var tier = scheme.tierOf(p.creator().followers());
            FitContext ctx = new FitContext(brief, p, text, content, AudienceProfile.of(p.creator(), p.audience()),
                    hit, maxKeyword, tier);
            FitScore fit = FitScorer.score(ctx, weights);
            Double relevance = fit.component(FitComponent.RELEVANCE).value();
            if (relevance == null || relevance >= MIN_RELEVANCE) {
                scored.add(new RankedCreator(0, p.key(), p.creator().displayName(), p.creator().followers(), tier,
                        fit, content));
            }
        }
        scored.sort(Comparator.comparingDouble((RankedCreator r) -> r.fit().score()).reversed()
                .thenComparing(RankedCreator::key));
        List<RankedCreator> out = new ArrayList<>();
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            RankedCreator r = scored.get(i);
            out.add(new RankedCreator(i + 1, r.key(), r.displayName(), r.followers(), r.tier(), r.fit(), r.content()));
        }
        return out;
    }

    /** The exact re-check, on the catalog's data rather than the index's. */
    static boolean admits(Brief brief, IndexFilter filter, CreatorProfile p) {
        IndexedCreator asStored = new IndexedCreator(p.key(), null, null, p.creator().followers(), null,
                p.authenticity(), p.creator().countryCode(), p.creator().languageCode(), null);
        return filter.admits(asStored) && BriefQuery.inTiers(brief, p.creator().followers());
    }
}
