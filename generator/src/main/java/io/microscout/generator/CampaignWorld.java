package io.microscout.generator;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generator's world of campaign outcomes: who in a generated creator's audience lives where, and who then
 * buys. It is deliberately written apart from the forecaster (no forecast or planning code is used), so that a check
 * of "conversions depend on audience match the way the forecast says" is not circular.
 *
 * <p>The world (every number an ASSUMPTION of the generator, chosen independently of the forecaster's defaults):
 * a creator's real followers live in its own country with a share ~ Beta(6, 3) (mean 0.67); of the rest, 40% live
 * in the other countries of the creator's language (split evenly; e.g. AT and CH for a DE creator) and 60% anywhere
 * else (spread evenly over the catalog's other countries). Fake followers see nothing. A post reaches each real
 * follower with probability {@code reach}; a reached follower clicks with probability {@code ctr}; a click buys
 * with probability {@code cvr} only when the follower lives in one of the shop's markets (the shop ships nowhere
 * else). Outcomes are drawn follower group by follower group (binomial), seeded.
 */
public final class CampaignWorld {
    /** The generator's countries and their languages (as {@code Locales} writes them). */
    static final Map<String, String> LANGUAGE_OF = Map.ofEntries(
            Map.entry("US", "en"),
            Map.entry("GB", "en"),
            Map.entry("CA", "en"),
            Map.entry("AU", "en"),
            Map.entry("IN", "en"),
            Map.entry("NG", "en"),
            Map.entry("DE", "de"),
            Map.entry("AT", "de"),
            Map.entry("CH", "de"),
            Map.entry("FR", "fr"),
            Map.entry("BE", "fr"),
            Map.entry("ES", "es"),
            Map.entry("MX", "es"),
            Map.entry("AR", "es"),
            Map.entry("BR", "pt"),
            Map.entry("PT", "pt"));

    private static final double HOME_A = 6, HOME_B = 3; // ASSUMPTION: home share ~ Beta(6, 3)
    private static final double SAME_LANGUAGE_OF_REST = 0.4; // ASSUMPTION

    private final SplittableRandom random;

    public CampaignWorld(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One creator's true audience share inside the markets (drawn once per call). */
    public double marketShare(String creatorCountry, Set<String> markets) {
        double home = beta(HOME_A, HOME_B);
        String language = LANGUAGE_OF.get(creatorCountry);
        long sameLanguage = LANGUAGE_OF.entrySet().stream()
                .filter(e -> !e.getKey().equals(creatorCountry) && e.getValue().equals(language))
                .count();
        int others = LANGUAGE_OF.size() - 1;
        double share = 0;
        for (String m : markets) {
            if (m.equals(creatorCountry)) {
                share += home;
            } else if (language != null && language.equals(LANGUAGE_OF.get(m)) && sameLanguage > 0) {
                share += (1 - home) * (SAME_LANGUAGE_OF_REST / sameLanguage + (1 - SAME_LANGUAGE_OF_REST) / others);
            } else {
                share += (1 - home) * (sameLanguage > 0 ? 1 - SAME_LANGUAGE_OF_REST : 1) / others;
            }
        }
        return Math.min(1, share);
    }

    /** Orders from one post: real followers, in-market share, reach, click and buy probabilities. */
    public long orders(long followers, double fakeShare, double marketShare, double reach, double ctr, double cvr) {
        long real = Math.round(followers * (1 - fakeShare));
        long inMarket = binomial(real, marketShare);
        long reached = binomial(inMarket, reach);
        long clicked = binomial(reached, ctr);
        return binomial(clicked, cvr);
    }

    private long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (n < 200) {
            long k = 0;
            for (long i = 0; i < n; i++) {
                k += random.nextDouble() < p ? 1 : 0;
            }
            return k;
        }
        double mean = n * p, sd = Math.sqrt(mean * (1 - p));
        return Math.max(0, Math.min(n, Math.round(mean + sd * random.nextGaussian())));
    }

    private double beta(double a, double b) {
        double x = gamma(a);
        return x / (x + gamma(b));
    }

    /** Marsaglia and Tsang (2000), shape >= 1. */
    private double gamma(double shape) {
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian(), v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
