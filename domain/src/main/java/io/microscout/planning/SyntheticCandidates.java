package io.microscout.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded synthetic catalog of plan candidates, for trying and benchmarking the planner before discovery
 * feeds it. Tiers: 25% nano, 55% micro, 13% mid, 5% macro, 2% mega (followers log-uniform in the tier);
 * engagement around the rate card's tier benchmark; 12 posts each; authenticity 40–100; fit 0.2–1.
 * Every output built on it says the candidates are synthetic.
 */
public final class SyntheticCandidates implements CandidateSource {
    private static final String[] NICHES = {
        "beauty",
        "fashion",
        "fitness",
        "food",
        "travel",
        "parenting",
        "pets",
        "gaming",
        "tech",
        "home",
        "finance",
        "outdoors"
    };
    private static final String[][] COUNTRIES = {
        {"US", "en"},
        {"GB", "en"},
        {"DE", "de"},
        {"FR", "fr"},
        {"ES", "es"},
        {"IT", "it"},
        {"BR", "pt"},
        {"IN", "en"},
        {"CA", "en"},
        {"MX", "es"}
    };
    private static final double[] TIER_SHARE = {0.25, 0.55, 0.13, 0.05, 0.02};

    private final int count;
    private final long seed;
    private final Pricer pricer;
    private final TierScheme scheme = TierScheme.microscoutDefault();

    public SyntheticCandidates(int count, long seed, Pricer pricer) {
        if (count < 1) {
            throw new IllegalArgumentException("--candidates-from-generated needs at least 1 creator, got " + count);
        }
        this.count = count;
        this.seed = seed;
        this.pricer = pricer;
    }

    @Override
    public List<PlanCandidate> candidatesFor(PlanBrief brief) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PlanCandidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(candidate(r, i));
        }
        return out;
    }

    private PlanCandidate candidate(SplittableRandom r, int i) {
        Tier tier = tier(r.nextDouble());
        double lo = Math.max(1_000, scheme.lowerBound(tier));
        Long upper = scheme.upperBound(tier);
        double hi = upper == null ? lo * 10 : upper;
        long followers = Math.round(Math.exp(Math.log(lo) + r.nextDouble() * Math.log(hi / lo)));
        Platform platform = Platform.values()[r.nextInt(100) < 60 ? 0 : r.nextInt(100) < 50 ? 1 : 2];
        CreatorKey key = CreatorKey.of(platform, String.format(Locale.ROOT, "synthetic_%s_%06d", platform.id(), i));
        String[] country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        Double benchmark = pricer.card().benchmark(platform, tier);
        double rate = (benchmark == null ? 0.02 : benchmark) * Math.exp(0.5 * r.nextGaussian());
        double sigma = 0.3 + 0.6 * r.nextDouble();
        double mu = Math.log(followers * rate) - sigma * sigma / 2;
        long[] history = new long[12];
        for (int p = 0; p < history.length; p++) {
            history[p] = Math.max(0, Math.round(Math.expm1(mu + sigma * r.nextGaussian())));
        }
        List<String> niches = List.of(NICHES[r.nextInt(NICHES.length)], NICHES[r.nextInt(NICHES.length)]);
        double authenticity = Math.round(40 + 60 * Math.sqrt(r.nextDouble()));
        double fit = Math.round((0.2 + 0.8 * r.nextDouble()) * 100) / 100.0;
        double er = 0;
        for (long h : history) {
            er += h;
        }
        PricingSubject subject = new PricingSubject(key, tier, followers, er / history.length / followers, country[0]);
        Map<Deliverable, PriceEstimate> prices = new EnumMap<>(Deliverable.class);
        for (Deliverable d : Deliverable.values()) {
            if (d.platform() == platform) {
                prices.put(d, pricer.price(subject, d));
            }
        }
        return new PlanCandidate(
                key,
                tier,
                niches.get(0).equals(niches.get(1)) ? niches.subList(0, 1) : niches,
                country[0],
                country[1],
                followers,
                authenticity,
                fit,
                history,
                prices,
                null,
                null, // no measured audience: estimated from country and language
                null);
    }

    private static Tier tier(double u) {
        double acc = 0;
        for (int t = 0; t < TIER_SHARE.length; t++) {
            acc += TIER_SHARE[t];
            if (u < acc) {
                return Tier.values()[t];
            }
        }
        return Tier.MEGA;
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT, "SYNTHETIC candidates: %,d generated creators (seed %d), not real accounts", count, seed);
    }

    @Override
    public boolean synthetic() {
        return true;
    }
}
