package io.microscout.discovery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryLabelsTest {

    private static Creator creator(String handle, String category) {
        return Creator.builder(CreatorKey.of(Platform.YOUTUBE, handle))
                .category(category)
                .build();
    }

    @Test
    void youtubeCategoriesNicheIdsAndLabelsMapToNiches() {
        assertThat(CategoryLabels.nicheOf("Gaming")).isEqualTo("gaming");
        assertThat(CategoryLabels.nicheOf("Film & Animation")).isEqualTo("entertainment");
        assertThat(CategoryLabels.nicheOf("Science & Technology")).isEqualTo("tech");
        assertThat(CategoryLabels.nicheOf("beauty")).isEqualTo("beauty");
        assertThat(CategoryLabels.nicheOf("Food and cooking")).isEqualTo("food");
        assertThat(CategoryLabels.nicheOf("People & Blogs")).isNull();
        assertThat(CategoryLabels.nicheOf(null)).isNull();
    }

    @Test
    void oneBriefPerNicheWithEnoughCreatorsOverEveryTier() {
        LabelledSet set = CategoryLabels.build(
                "t",
                List.of(
                        creator("a", "Music"),
                        creator("b", "Music"),
                        creator("c", "Gaming"),
                        creator("d", "People & Blogs")),
                2);
        assertThat(set.cases()).extracting(LabelledCase::name).containsExactly("music");
        LabelledCase music = set.cases().get(0);
        assertThat(music.relevant())
                .containsExactlyInAnyOrder(CreatorKey.of(Platform.YOUTUBE, "a"), CreatorKey.of(Platform.YOUTUBE, "b"));
        assertThat(music.brief().niches()).containsExactly("music");
        assertThat(music.brief().tiers()).containsExactlyInAnyOrder(Tier.values());
        assertThat(set.labelling()).contains("3 creators labelled");
        assertThat(music.grades()).containsValues(2);
    }

    @Test
    void groundTruthGradesThePrimaryNicheAboveTheSecondary() {
        CreatorKey a = CreatorKey.of(Platform.TIKTOK, "a");
        CreatorKey b = CreatorKey.of(Platform.TIKTOK, "b");
        LabelledSet set = CategoryLabels.byNiche(
                "gen", "truth", java.util.Map.of(a, List.of("beauty", "fashion"), b, List.of("fashion")), 1);
        assertThat(set.cases()).extracting(LabelledCase::name).containsExactly("beauty", "fashion");
        assertThat(set.cases().get(1).grades()).containsEntry(a, 1).containsEntry(b, 2);
    }
}
