package io.microscout.discovery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores one creator against a brief: each component's rule gives a value and a reason; the fit score is the
 * weighted mean of the values that count. An unknown component's weight goes to the others, except authenticity,
 * whose unknown counts as {@link AuthenticityRule#UNKNOWN_COUNTS_AS} (see there why).
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

    private FitScorer() {
    }

    static FitScore score(FitContext ctx, FitWeights weights) {
        List<ComponentScore> parts = new ArrayList<>();
        double sum = 0;
        double weightSum = 0;
        for (FitComponent c : FitComponent.values()) {
            Assessment a = RULES.get(c).apply(ctx);
            Double counted = a.value() != null ? a.value()
                    : c == FitComponent.AUTHENTICITY ? AuthenticityRule.UNKNOWN_COUNTS_AS : null;
            double w = weights.of(c);
            if (counted != null) {
                sum += w * counted;
                weightSum += w;
            }
            parts.add(new ComponentScore(c, a.value(), counted, w, a.reason()));
        }
        return new FitScore(weightSum == 0 ? 0 : sum / weightSum, parts);
    }
}
