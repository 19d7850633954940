package io.microscout.discovery;

import io.microscout.brief.FitComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores one creator against a brief: each component's rule gives a value and a reason; the fit score is the
 * weighted mean of the values that are known. An unknown component (a creator with a bio and no posts has no
 * engagement, an unvetted one no authenticity) is left out and the weights of the known ones renormalised, never
 * counted as a neutral 0.5; the score says how much of the weight it rests on ({@link FitScore#evidence()}).
 */
final class FitScorer {
    private static final Map<FitComponent, Function<FitContext, Assessment>> RULES = new EnumMap<>(FitComponent.class);

    static {
        RULES.put(FitComponent.RELEVANCE, RelevanceRule::assess);
        RULES.put(FitComponent.AUDIENCE, AudienceRule::assess);
        RULES.put(FitComponent.AUTHENTICITY, AuthenticityRule::assess);
        RULES.put(FitComponent.ENGAGEMENT, EngagementRule::assess);
        RULES.put(FitComponent.VALUES, ValuesRule::assess);
        RULES.put(FitComponent.BRAND_SAFETY, BrandSafetyRule::assess);
        RULES.put(FitComponent.WILLINGNESS, WillingnessRule::assess);
    }

    private FitScorer() {}

    static FitScore score(FitContext ctx, FitWeights weights) {
        List<ComponentScore> parts = new ArrayList<>();
        double sum = 0;
        double weightSum = 0;
        double total = 0;
        for (FitComponent c : FitComponent.values()) {
            Assessment a = RULES.get(c).apply(ctx);
            Double counted = a.value();
            double w = weights.of(c);
            total += w;
            if (counted != null) {
                sum += w * counted;
                weightSum += w;
            }
            parts.add(new ComponentScore(c, a.value(), counted, w, a.reason()));
        }
        return new FitScore(weightSum == 0 ? 0 : sum / weightSum, total == 0 ? 0 : weightSum / total, parts);
    }
}
