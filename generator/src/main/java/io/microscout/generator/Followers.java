package io.microscout.generator;

import java.util.SplittableRandom;

/**
 * Profiles of the accounts that follow a creator. Real and fake profiles are shaped on the aggregates of
 * InstaFake fake-v1.0 (Akyon &amp; Kalfaoglu 2019; 994 real, 200 fake accounts; medians measured there):
 * <ul>
 *   <li>real: followers median 345 (IQR 218-516), following median 420 (IQR 267-614), posts median 30
 *       (IQR 8-79), biography empty for about a third, profile picture 98.7%, private 72%, username digits
 *       mostly none;</li>
 *   <li>fake: followers median 30 (IQR 11-104), following median 1,470 (IQR 282-2,513), posts median 0,
 *       biography empty for about 70%, profile picture 60%, private 32%, username digits median 1 (p75 3);</li>
 *   <li>mass followers (HypeAuditor: following more than 1,500): real-looking accounts that follow thousands,
 *       the newcomers of a giveaway or follow-for-follow spike (ASSUMPTION: following 1,500-7,500).</li>
 * </ul>
 * Real followers are spread a little wider than InstaFake's (one country's personal accounts): ASSUMPTION.
 */
final class Followers {
    private static final String[] WORDS = {
        "sun", "moon", "rose", "blue", "wild", "happy", "little", "sky", "coffee", "pixel", "ocean", "daisy", "river",
        "lucky", "urban", "cozy", "golden", "mint", "star", "forest"
    };
    private static final String[] NAMES = {
        "anna", "mike", "sara", "leo", "julia", "tom", "maria", "alex", "nina", "sam", "lucas", "emma", "kai", "lina",
        "omar", "zoe", "ivan", "mila", "noah", "ella", "juan", "lea"
    };
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Followers() {}

    static FollowerProfile real(SplittableRandom rng) {
        return new FollowerProfile(
                realUsername(rng),
                Math.round(Draw.logNormal(rng, 345, 0.8)),
                Math.round(Draw.logNormal(rng, 420, 0.6)),
                Math.round(Draw.logNormal(rng, 30, 1.6)),
                Draw.chance(rng, 0.35) ? 0 : (int) Math.min(150, Math.round(Draw.logNormal(rng, 30, 0.7))),
                Draw.chance(rng, 0.987),
                Draw.chance(rng, 0.72));
    }

    static FollowerProfile fake(SplittableRandom rng) {
        return new FollowerProfile(
                fakeUsername(rng),
                Math.round(Draw.logNormal(rng, 30, 1.6)),
                Math.round(Draw.logNormal(rng, 1470, 1.1)),
                Draw.chance(rng, 0.6) ? 0 : Math.round(Draw.logNormal(rng, 2, 1.0)),
                Draw.chance(rng, 0.7) ? 0 : (int) Math.min(150, Math.round(Draw.logNormal(rng, 20, 0.9))),
                Draw.chance(rng, 0.6),
                Draw.chance(rng, 0.32));
    }

    static FollowerProfile massFollower(SplittableRandom rng) {
        return new FollowerProfile(
                realUsername(rng),
                Math.round(Draw.logNormal(rng, 250, 0.9)),
                Math.round(Draw.uniform(rng, 1500, 7500)),
                Math.round(Draw.logNormal(rng, 15, 1.2)),
                Draw.chance(rng, 0.5) ? 0 : (int) Math.round(Draw.logNormal(rng, 25, 0.7)),
                Draw.chance(rng, 0.9),
                Draw.chance(rng, 0.4));
    }

    /** "sara.golden", "leo_ocean", "mila92": words and names, digits in about one in five. */
    static String realUsername(SplittableRandom rng) {
        StringBuilder s = new StringBuilder(Locales.pick(NAMES, rng));
        int style = rng.nextInt(3);
        if (style > 0) {
            s.append(style == 1 ? '.' : '_');
        }
        s.append(Locales.pick(WORDS, rng));
        if (Draw.chance(rng, 0.2)) {
            s.append(rng.nextInt(1, 100));
        }
        return s.toString();
    }

    /** Random letters then digits, as bulk-made accounts are named ("xkqbrtm4827"). */
    static String fakeUsername(SplittableRandom rng) {
        int length = 6 + rng.nextInt(7);
        StringBuilder s = new StringBuilder(length + 5);
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
        }
        double u = rng.nextDouble();
        int digits = u < 0.3 ? 0 : u < 0.55 ? 1 + rng.nextInt(2) : 3 + rng.nextInt(3);
        for (int i = 0; i < digits; i++) {
            s.append((char) ('0' + rng.nextInt(10)));
        }
        return s.toString();
    }
}
