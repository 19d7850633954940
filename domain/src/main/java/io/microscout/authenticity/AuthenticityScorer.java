package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Judges a creator's authenticity from everything the catalog knows (see {@link AuthenticityComponents} for
 * each signal). The score is 100 x the weighted mean of the measured components' scores; components that
 * could not be measured are listed with the reason and leave the mean, lowering the confidence instead.
 * One clear red flag must not be averaged away: the score is capped at half the mean plus 50 x the worst measured
 * component's score (a component at 0 halves the score; MicroScout's default). The cap scales with the mean
 * rather than sitting at a fixed 50, so creators with a red flag are still told apart by their other signals.
 * Fewer than {@value #MIN_COVERED_WEIGHT} of the total weight measured is "not enough data".
 */
public final class AuthenticityScorer {
    static final double MIN_COVERED_WEIGHT = 0.25;
    /** A single component at 0 caps the total at this share (in %) of the mean. */
    static final double RED_FLAG_FLOOR = 50;
    /** A sample this large gives a Wilson interval of about +-10 points at most: needed for HIGH confidence. */
    static final int SAMPLE_FOR_HIGH_CONFIDENCE = 100;

    /**
     * Weights of the components. MicroScout's defaults: the follower sample weighs most because it measures the
     * audience directly (HypeAuditor's Audience Quality Score also combines audience, engagement, growth and
     * comments; its weights are not published).
     */
    public record Weights(
            double realFollowers,
            double engagementRate,
            double growth,
            double likesToComments,
            double volatility,
            double comments) {
        public static Weights defaults() {
            return new Weights(0.35, 0.20, 0.15, 0.10, 0.10, 0.10);
        }

        double total() {
            return realFollowers + engagementRate + growth + likesToComments + volatility + comments;
        }
    }

    private final AccountClassifier classifier;
    private final EngagementNorms norms;
    private final Weights weights;

    public AuthenticityScorer(AccountClassifier classifier, EngagementNorms norms, Weights weights) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.norms = Objects.requireNonNull(norms, "norms");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** With the shipped normal bands and default weights. */
    public AuthenticityScorer(AccountClassifier classifier) {
        this(classifier, NormalEngagement.shipped(), Weights.defaults());
    }

    public AuthenticityScore score(AuthenticityInput in) {
        AudienceComposition audience =
                in.sample() == null || in.sample().size() == 0 ? null : AudienceComposition.of(in.sample(), classifier);
        EngagementSignals engagement =
                EngagementSignals.of(in.creator().followers(), in.posts(), in.metrics(), in.asOf());
        List<AuthenticityComponent> components = new ArrayList<>();
        components.add(AuthenticityComponents.realFollowers(audience, weights.realFollowers()));
        components.add(AuthenticityComponents.engagementRate(in.creator(), engagement, weights.engagementRate()));
        components.add(AuthenticityComponents.growth(GrowthSpikes.of(in.snapshots(), in.posts()), weights.growth()));
        components.add(AuthenticityComponents.likesToComments(engagement, norms, weights.likesToComments()));
        components.add(AuthenticityComponents.volatility(engagement, norms, weights.volatility()));
        components.add(AuthenticityComponents.comments(CommentAuthenticity.of(in.comments()), weights.comments()));

        double measuredWeight = 0;
        double weighted = 0;
        for (AuthenticityComponent c : components) {
            if (c.measured()) {
                measuredWeight += c.weight();
                weighted += c.weight() * c.score();
            }
        }
        double covered = measuredWeight / weights.total();
        if (covered < MIN_COVERED_WEIGHT) {
            return new AuthenticityScore(
                    null,
                    AuthenticityScore.State.NOT_ENOUGH_DATA,
                    AuthenticityScore.Confidence.LOW,
                    covered,
                    components,
                    audience,
                    String.format(
                            Locale.ROOT,
                            "not enough data: only %.0f%% of the " + "signals' weight could be measured (need %.0f%%)",
                            covered * 100,
                            MIN_COVERED_WEIGHT * 100));
        }
        AuthenticityComponent worst = components.stream()
                .filter(AuthenticityComponent::measured)
                .min(java.util.Comparator.comparingDouble(AuthenticityComponent::score))
                .orElseThrow();
        double mean = 100 * weighted / measuredWeight;
        double cap = RED_FLAG_FLOOR / 100 * mean + (100 - RED_FLAG_FLOOR) * worst.score();
        int score = (int) Math.round(Math.min(mean, cap));
        AuthenticityScore.Confidence confidence = confidence(covered, audience);
        return new AuthenticityScore(
                score,
                AuthenticityScore.State.SCORED,
                confidence,
                covered,
                components,
                audience,
                String.format(
                        Locale.ROOT,
                        "%d/100 from %d of %d signals (%.0f%% of the weight), %s confidence; " + "weakest: %s (%.2f)%s",
                        score,
                        components.stream()
                                .filter(AuthenticityComponent::measured)
                                .count(),
                        components.size(),
                        covered * 100,
                        confidence.name().toLowerCase(Locale.ROOT),
                        worst.name(),
                        worst.score(),
                        cap < mean
                                ? String.format(
                                        Locale.ROOT,
                                        ", which caps the score at %.0f (mean of the signals %.0f)",
                                        cap,
                                        mean)
                                : ""));
    }

    private static AuthenticityScore.Confidence confidence(double covered, AudienceComposition audience) {
        boolean solidSample = audience != null && audience.sampleSize() >= SAMPLE_FOR_HIGH_CONFIDENCE;
        if (covered >= 0.7 && solidSample) {
            return AuthenticityScore.Confidence.HIGH;
        }
        return covered >= 0.45 ? AuthenticityScore.Confidence.MEDIUM : AuthenticityScore.Confidence.LOW;
    }
}
