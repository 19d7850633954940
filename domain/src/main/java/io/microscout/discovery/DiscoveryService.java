package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.brief.FitComponent;
import io.microscout.creator.CreatorKey;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Discovery: brief -> index query (keywords, vector, hard filters) -> candidates -> catalog profiles -> fit score
 * -> ranking (creators relevance finds off-topic left out). Hard filters are exact: every candidate is checked again against the catalog's own data with
 * {@link IndexFilter#admits} and the brief's tiers, so a stale or approximate index never leaks an excluded creator.
 */
public final class DiscoveryService {
    /** Candidates fetched per retriever: enough for reranking to matter, few enough to score in milliseconds. */
    static final int MIN_CANDIDATES = 100;
    /**
     * A creator who does not talk about the product cannot sell it, however good the rest: without a vector to judge
     * meaning, results need at least this relevance (MicroScout's floor; 0.15 is below one weak niche mention with no
     * keyword match). With a vector, the relevance model's meaning floor decides (relevance 0 is off-topic).
     */
    public static final double MIN_RELEVANCE = 0.15;

    private final CreatorIndex index;
    private final CreatorProfiles profiles;
    private final TextEmbedder embedder;
    private final ContentProfiler profiler = new ContentProfiler();
    private final ContentCache contents = new ContentCache();
    private final RelevanceModel relevance;

    /** @param embedder null: keyword search only (no semantic part in relevance) */
    public DiscoveryService(CreatorIndex index, CreatorProfiles profiles, TextEmbedder embedder) {
        this(index, profiles, embedder, RelevanceModel.FITTED);
    }

    /** @param relevance how relevance combines meaning, words and niches (an evaluation may try another) */
    public DiscoveryService(
            CreatorIndex index, CreatorProfiles profiles, TextEmbedder embedder, RelevanceModel relevance) {
        this.relevance = Objects.requireNonNull(relevance, "relevance");
        this.index = Objects.requireNonNull(index, "index");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.embedder = embedder == null ? null : new RecentQueryVectors(embedder);
    }

    /** The best {@code top} creators for the brief, best first. */
    public List<RankedCreator> discover(Brief brief, int top) {
        return discover(brief, top, Ranker.MICROSCOUT);
    }

    /** The best {@code top} creators for the brief by this ranker (the baselines use the same candidates). */
    public List<RankedCreator> discover(Brief brief, int top, Ranker ranker) {
        return rank(
                brief,
                QueryWords.ofBrief(brief.keywords()),
                BriefQuery.of(brief, embedder, candidates(top)),
                top,
                ranker);
    }

    /**
     * Creators like the seed in content (its own vector and top terms) and audience (its countries and languages
     * as the target), in the seed's tier and on the seed's platform unless {@code allPlatforms}, the seed excluded.
     */
    public List<RankedCreator> lookalikes(CreatorKey seedKey, int top, boolean allPlatforms) {
        CreatorProfile seed = profiles.find(seedKey)
                .orElseThrow(() -> new IllegalArgumentException("no creator " + seedKey + " in the catalog"));
        ContentProfile content = profiler.profile(seed.creator().biography(), seed.recentPosts());
        Brief brief = Lookalikes.briefFor(seed, content, allPlatforms);
        String seedText = IndexedCreators.semanticText(seed);
        float[] vector = embedder == null || seedText.isEmpty() ? null : embedder.embed(seedText);
        IndexQuery query = new IndexQuery(
                String.join(" ", brief.keywords()),
                vector,
                BriefQuery.filter(brief, java.util.Set.of(seedKey)),
                candidates(top));
        return rank(brief, QueryWords.ofSeed(brief.keywords()), query, top, Ranker.MICROSCOUT);
    }

    /** Every admitted candidate of the brief's search with its relevance evidence (for fitting the model). */
    public List<CandidateEvidence> relevanceEvidence(Brief brief, int candidates) {
        IndexQuery query = BriefQuery.of(brief, embedder, candidates);
        List<CandidateEvidence> out = new ArrayList<>();
        contexts(brief, QueryWords.ofBrief(brief.keywords()), query)
                .forEach(ctx -> out.add(new CandidateEvidence(ctx.profile().key(), RelevanceRule.evidence(ctx))));
        return out;
    }

    private static int candidates(int top) {
        return Math.max(MIN_CANDIDATES, 5 * top);
    }

    List<RankedCreator> rank(Brief brief, QueryWords words, IndexQuery query, int top, Ranker ranker) {
        FitWeights weights = FitWeights.from(brief.weights());
        List<RankedCreator> scored = new ArrayList<>();
        Map<CreatorKey, Double> order = new java.util.HashMap<>();
        for (FitContext ctx : contexts(brief, words, query)) {
            FitScore fit = FitScorer.score(ctx, weights);
            Double by = switch (ranker) {
                case MICROSCOUT -> onTopic(ctx, fit) ? fit.score() : null;
                case BM25 -> ctx.hit().keywordScore() > 0 ? ctx.hit().keywordScore() : null;
                case EMBEDDING -> ctx.hit().semanticSimilarity();
            };
            if (by != null) {
                CreatorProfile p = ctx.profile();
                order.put(p.key(), by);
                scored.add(new RankedCreator(
                        0,
                        p.key(),
                        p.creator().displayName(),
                        p.creator().followers(),
                        ctx.tier(),
                        fit,
                        ctx.content()));
            }
        }
        scored.sort(Comparator.comparingDouble((RankedCreator r) -> order.get(r.key()))
                .reversed()
                .thenComparing(RankedCreator::key));
        List<RankedCreator> out = new ArrayList<>();
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            RankedCreator r = scored.get(i);
            out.add(new RankedCreator(i + 1, r.key(), r.displayName(), r.followers(), r.tier(), r.fit(), r.content()));
        }
        return out;
    }

    /**
     * A creator stays in the results unless relevance says it does not talk about the product: the meaning puts it
     * off-topic (relevance 0 whatever its words), or, without meaning, relevance is below {@link #MIN_RELEVANCE}.
     */
    private static boolean onTopic(FitContext ctx, FitScore fit) {
        Double relevance = fit.component(FitComponent.RELEVANCE).value();
        if (relevance == null) {
            return true;
        }
        return ctx.hit().semanticSimilarity() != null ? relevance > 0 : relevance >= MIN_RELEVANCE;
    }

    /** The search's hits that pass the exact re-check, each with what the fit rules read. */
    private List<FitContext> contexts(Brief brief, QueryWords words, IndexQuery query) {
        List<IndexHit> hits = index.search(query);
        Map<CreatorKey, CreatorProfile> found =
                profiles.findAll(hits.stream().map(IndexHit::key).toList());
        double maxKeyword =
                hits.stream().mapToDouble(IndexHit::keywordScore).max().orElse(0);
        TierScheme scheme = TierScheme.named(brief.tierScheme());
        List<FitContext> out = new ArrayList<>();
        for (IndexHit hit : hits) {
            CreatorProfile p = found.get(hit.key());
            if (p == null || !admits(brief, query.filter(), p)) {
                continue;
            }
            ContentCache.Read read = contents.read(p);
            out.add(new FitContext(
                    brief,
                    words,
                    p,
                    read.text(),
                    read.profile(),
                    AudienceProfile.of(p.creator(), p.audience()),
                    hit,
                    maxKeyword,
                    scheme.tierOf(p.creator().followers()),
                    relevance));
        }
        return out;
    }

    /** The exact re-check, on the catalog's data rather than the index's. */
    static boolean admits(Brief brief, IndexFilter filter, CreatorProfile p) {
        IndexedCreator asStored = new IndexedCreator(
                p.key(),
                null,
                null,
                p.creator().followers(),
                null,
                p.authenticity(),
                p.creator().countryCode(),
                p.creator().languageCode(),
                null);
        return filter.admits(asStored) && BriefQuery.inTiers(brief, p.creator().followers());
    }
}
