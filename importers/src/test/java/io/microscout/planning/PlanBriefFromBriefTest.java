package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanBriefFromBriefTest {
    private static Brief brief(String yaml) {
        return BriefFiles.parse("b.yaml", "product: serum\n" + yaml);
    }

    @Test
    void theBriefsBudgetGoalFiltersAndPlanningSectionBecomeThePlansLimits() {
        PlanBrief p = PlanBrief.from(brief("""
                brand: Verdant
                budget: 8000
                goal: awareness
                platforms: [tiktok]
                tiers: [nano, micro]
                filters: {minAuthenticity: 60}
                planning: {ctr: 0.02, conversionRate: 0.03, averageOrderValue: 40, maxSharePerCreator: 0.2,
                           maxSharePerNiche: 0.5, maxSharePerPlatform: 0.9, minFit: 0.4, deliverables: [tiktok-video]}
                """), null, null);
        assertThat(p.name()).isEqualTo("Verdant");
        assertThat(p.budget()).isEqualTo(8000);
        assertThat(p.objective()).isEqualTo(Objective.REACH);
        assertThat(p.platforms()).containsExactly(Platform.TIKTOK);
        assertThat(p.tiers()).isEqualTo(Set.of(Tier.NANO, Tier.MICRO));
        assertThat(p.minAuthenticity()).isEqualTo(60);
        assertThat(new double[] {
                    p.ctr(),
                    p.cvr(),
                    p.averageOrderValue(),
                    p.maxSharePerCreator(),
                    p.maxSharePerNiche(),
                    p.maxSharePerPlatform(),
                    p.minFit()
                })
                .containsExactly(0.02, 0.03, 40, 0.2, 0.5, 0.9, 0.4);
        assertThat(p.deliverables()).containsExactly(Deliverable.TIKTOK_VIDEO);
    }

    @Test
    void optionsOverrideTheBudgetAndObjective() {
        PlanBrief p = PlanBrief.from(brief("budget: 8000\ngoal: sales\n"), 500.0, Objective.ENGAGEMENT);
        assertThat(p.budget()).isEqualTo(500);
        assertThat(p.objective()).isEqualTo(Objective.ENGAGEMENT);
    }

    @Test
    void noBudgetAnywhereOrAnUnknownDeliverableIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> PlanBrief.from(brief("goal: sales\n"), null, null))
                .hasMessageContaining("budget");
        assertThatThrownBy(
                        () -> PlanBrief.from(brief("budget: 10\nplanning: {deliverables: [billboard]}\n"), null, null))
                .hasMessageContaining("planning.deliverables")
                .hasMessageContaining("billboard");
    }
}
