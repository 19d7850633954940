package io.microscout.niche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NicheTaxonomyTest {

    @Test
    void holdsExactlyTheTwentyNichesSharedWithTheGenerator() {
        assertThat(NicheTaxonomy.all())
                .extracting(Niche::id)
                .containsExactly(
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
                        "wellness",
                        "sports",
                        "music",
                        "art",
                        "photography",
                        "education",
                        "automotive",
                        "outdoors",
                        "entertainment");
    }

    @Test
    void everyNicheHasALabelADescriptionAndAtLeastTwentyTerms() {
        for (Niche n : NicheTaxonomy.all()) {
            assertThat(n.label()).isNotBlank();
            assertThat(n.description()).hasSizeGreaterThan(30);
            assertThat(n.vocabulary().weights()).as(n.id()).hasSizeGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void unknownNicheIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> NicheTaxonomy.get("cooking"))
                .hasMessageContaining("\"cooking\" is not a niche")
                .hasMessageContaining("food");
    }
}
