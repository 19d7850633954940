package io.microscout.niche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static ContentText tags(String... tags) {
        return ContentText.of("", List.of(tags));
    }

    @Test
    void aTermOfFiveOrMoreLettersMatchesInsideAHashtagAShorterOneOnlyTheWholeHashtag() {
        Vocabulary v = Vocabulary.parse("vegan skincare, spf, serum");

        assertThat(v.matches(tags("myveganskincareroutine")).keySet()).containsExactly("#veganskincare");
        assertThat(v.matches(tags("spf"))).containsOnlyKeys("#spf");
        assertThat(v.matches(tags("spfdaily"))).isEmpty();
        assertThat(v.matches(tags("serumsunday", "spf")).keySet()).containsExactly("#serum", "#spf");
    }

    @Test
    void manyTermsOfOneLengthAreLookedUpAndFoundAsFewAre() {
        Vocabulary many = Vocabulary.parse("serum, toner, cream, balms, masks, peels");
        Vocabulary few = Vocabulary.parse("toner, serum");

        assertThat(many.matches(tags("mytonerandserum")).keySet()).containsExactly("#toner", "#serum");
        assertThat(few.matches(tags("mytonerandserum")).keySet()).containsExactly("#toner", "#serum");
    }

    @Test
    void partsOfAHashtagAreFoundFromItsStartLongestFirst() {
        Vocabulary v = Vocabulary.parse("skincare, skincare routine, care routine");

        assertThat(v.matches(tags("skincareroutine")).keySet())
                .containsExactly("#skincareroutine", "#skincare", "#careroutine");
    }
}
