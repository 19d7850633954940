package io.microscout.generator;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A realistic synthetic catalog of creators, deterministic per seed: same settings, same catalog.
 *
 * <p>The model (numbers and their sources in {@link Calibration}): each person draws a platform, a country
 * and language, a primary niche (and sometimes a secondary one), value themes and risky topics, a follower
 * count from a heavy-tailed log-normal, and sometimes a second account on another platform. Engagement is
 * the tier-and-platform benchmark times the creator's own level, with log-normal post-to-post noise.
 * A configurable share of accounts carries planted fraud ({@link FraudKind}), recorded in {@link GroundTruth}.
 * Creators are produced one at a time, so a catalog of any size streams in constant memory (but for the set
 * of handles, which keeps handles unique).
 */
public final class CatalogGenerator {
    /**
     * Weights of primary niches: ASSUMPTION (lifestyle niches dominate influencer marketing). In the order of
     * {@link Vocabulary#NICHES}.
     */
    private static final double[] NICHE_WEIGHTS = {9, 9, 8, 8, 7, 5, 5, 6, 5, 5, 3, 5, 4, 4, 3, 4, 3, 2, 3, 6};
    /** Share of creators with a secondary niche, with one or more value themes, with a risky topic: ASSUMPTION. */
    private static final double SECONDARY_NICHE_SHARE = 0.35;

    private static final double VALUES_SHARE = 0.25;
    private static final double RISK_SHARE = 0.06;

    private final GeneratorSettings settings;
    private final TierScheme tiers = TierScheme.microscoutDefault();

    public CatalogGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** The 20 niche ids creators are generated in (the discovery taxonomy uses the same ids). */
    public static List<String> niches() {
        return Vocabulary.NICHES;
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** Generates the catalog, handing each account to {@code sink} in order. */
    public void generate(Consumer<GeneratedCreator> sink) {
        Map<String, Integer> handles = new HashMap<>();
        int index = 0;
        for (int person = 0; index < settings.creators(); person++) {
            SplittableRandom rng = new SplittableRandom(Draw.mix(settings.seed() * 0x9E3779B97F4A7C15L + person));
            Persona first = persona(rng, index++, "p" + person, handles, null);
            sink.accept(write(first, rng));
            if (index < settings.creators() && Draw.chance(rng, Calibration.SECOND_PLATFORM_SHARE)) {
                sink.accept(write(persona(rng, index++, first.person(), handles, first), rng));
            }
        }
    }

    /** Generates the whole catalog into a list (for tests and small catalogs). */
    public List<GeneratedCreator> generateAll() {
        List<GeneratedCreator> all = new ArrayList<>(settings.creators());
        generate(all::add);
        return all;
    }

    private GeneratedCreator write(Persona p, SplittableRandom rng) {
        Creator creator = Profiles.creator(p, rng, settings.asOf());
        PostWriter posts = new PostWriter(p, rng, settings);
        List<Post> written = posts.posts();
        Audience audience = new Audience(p, rng, settings);
        List<FollowerSnapshot> snapshots = audience.snapshots(creator);
        List<FollowerProfile> sample = audience.sample();
        int sampleFakes = audience.plantedInSample();
        GroundTruth truth = new GroundTruth(
                p.platform(),
                creator.handle(),
                p.person(),
                p.primaryNiche(),
                p.secondaryNiche(),
                p.values(),
                p.risks(),
                p.fraud(),
                p.fakeShare(),
                sampleFakes);
        return new GeneratedCreator(creator, written, snapshots, sample, posts.comments(sample), truth);
    }

    /** Draws an account; {@code sibling} is the person's first account when this is their second platform. */
    private Persona persona(
            SplittableRandom rng, int index, String person, Map<String, Integer> handles, Persona sibling) {
        Platform platform = sibling == null ? drawPlatform(rng) : otherPlatform(rng, sibling.platform());
        int country = sibling == null ? Locales.drawCountry(rng) : sibling.country();
        String language = sibling != null
                ? sibling.language()
                : Locales.countryLanguage(country).equals("en") || Draw.chance(rng, Locales.ENGLISH_ABROAD)
                        ? "en"
                        : Locales.countryLanguage(country);
        String primary =
                sibling != null ? sibling.primaryNiche() : Vocabulary.NICHES.get(Draw.weighted(rng, NICHE_WEIGHTS));
        String secondary = sibling != null
                ? sibling.secondaryNiche()
                : Draw.chance(rng, SECONDARY_NICHE_SHARE) ? otherNiche(rng, primary) : null;
        List<String> values = sibling != null ? sibling.values() : drawSome(rng, Vocabulary.VALUES, VALUES_SHARE);
        List<String> risks = sibling != null ? sibling.risks() : drawSome(rng, Vocabulary.RISKS, RISK_SHARE);
        String displayName = sibling != null
                ? sibling.displayName()
                : Locales.firstName(language, rng) + " " + Locales.lastName(language, rng);
        String handle = Profiles.handle(displayName, primary, rng, handles);

        long followers = sibling == null
                ? drawFollowers(rng)
                : Math.max(Calibration.MIN_FOLLOWERS, Math.round(Draw.logNormal(rng, sibling.followers() * 0.5, 1.0)));
        Tier tier = tiers.tierOf(followers);
        FraudKind fraud = drawFraud(rng);
        double baseFake = Draw.uniform(rng, Calibration.CLEAN_FAKE_MIN, Calibration.CLEAN_FAKE_MAX);
        double engagingFollowers = followers;
        double fakeShare = baseFake;
        int eventDaysAgo = 0;
        if (fraud == FraudKind.BOUGHT_FOLLOWERS) {
            double bought = Draw.uniform(rng, 0.35, 0.65); // share of the count that was bought
            engagingFollowers = followers * (1 - bought);
            fakeShare = bought + (1 - bought) * baseFake;
            eventDaysAgo = 20 + rng.nextInt(Math.max(1, settings.snapshotDays() - 40));
        } else if (fraud == FraudKind.FOLLOWER_SPIKE) {
            double jump = Draw.uniform(rng, 0.3, 0.8); // relative to the count before the spike
            engagingFollowers = followers / (1 + jump);
            fakeShare = jump / (1 + jump) + baseFake / (1 + jump);
            eventDaysAgo = 10 + rng.nextInt(Math.min(70, settings.snapshotDays() - 10));
        }
        double level = Draw.logNormal(rng, 1.0, Calibration.CREATOR_ENGAGEMENT_SIGMA);
        double engagementMedian = Calibration.engagementRate(platform, tier) * level * engagingFollowers;
        double postSigma = Draw.uniform(rng, Calibration.POST_SIGMA_MIN, Calibration.POST_SIGMA_MAX);
        double commentsPerLike =
                Draw.logNormal(rng, Calibration.COMMENTS_PER_LIKE, Calibration.COMMENTS_PER_LIKE_SIGMA);
        double cadence = Draw.logNormal(rng, Calibration.postsPerWeek(platform), 0.5);
        double growth = Calibration.MONTHLY_GROWTH + Calibration.MONTHLY_GROWTH_SPREAD * Draw.normal(rng);
        return new Persona(
                index,
                person,
                platform,
                handle,
                displayName,
                country,
                language,
                primary,
                secondary,
                values,
                risks,
                fraud,
                tier,
                followers,
                Math.round(followers * (1 - fakeShare)),
                fakeShare,
                engagementMedian,
                postSigma,
                commentsPerLike,
                cadence,
                Math.round(followers - engagingFollowers),
                eventDaysAgo,
                growth);
    }

    private static long drawFollowers(SplittableRandom rng) {
        while (true) {
            long f = Math.round(
                    Draw.logNormal(rng, Math.exp(Calibration.FOLLOWERS_LOG_MEDIAN), Calibration.FOLLOWERS_LOG_SIGMA));
            if (f >= Calibration.MIN_FOLLOWERS) {
                return f;
            }
        }
    }

    private FraudKind drawFraud(SplittableRandom rng) {
        double u = rng.nextDouble();
        double share = settings.fraudShare();
        if (u < share * Calibration.BOUGHT_OF_FRAUD) {
            return FraudKind.BOUGHT_FOLLOWERS;
        }
        if (u < share * (Calibration.BOUGHT_OF_FRAUD + Calibration.POD_OF_FRAUD)) {
            return FraudKind.ENGAGEMENT_POD;
        }
        return u < share ? FraudKind.FOLLOWER_SPIKE : FraudKind.NONE;
    }

    private static Platform drawPlatform(SplittableRandom rng) {
        double u = rng.nextDouble();
        return u < Calibration.SHARE_INSTAGRAM
                ? Platform.INSTAGRAM
                : u < Calibration.SHARE_INSTAGRAM + Calibration.SHARE_TIKTOK ? Platform.TIKTOK : Platform.YOUTUBE;
    }

    private static Platform otherPlatform(SplittableRandom rng, Platform first) {
        Platform[] all = Platform.values();
        Platform p;
        do {
            p = all[rng.nextInt(all.length)];
        } while (p == first);
        return p;
    }

    private static String otherNiche(SplittableRandom rng, String primary) {
        String n;
        do {
            n = Vocabulary.NICHES.get(Draw.weighted(rng, NICHE_WEIGHTS));
        } while (n.equals(primary));
        return n;
    }

    /** With probability {@code share}, one item (and a second one in a quarter of those cases); else none. */
    private static List<String> drawSome(SplittableRandom rng, List<String> items, double share) {
        if (!Draw.chance(rng, share)) {
            return List.of();
        }
        String first = items.get(rng.nextInt(items.size()));
        if (Draw.chance(rng, 0.25)) {
            String second = items.get(rng.nextInt(items.size()));
            if (!second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }
}
