package io.microscout.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void everyNicheHasItsOwnWordsInEveryLanguage() {
        Vocabulary words = Vocabulary.get();
        Set<String> topics = new HashSet<>();
        for (String niche : Vocabulary.NICHES) {
            for (String key : List.of("topic", "bio", "caption", "tag", "brand", "es", "pt", "de", "fr")) {
                assertThat(words.words("niche", niche, key))
                        .as(niche + " " + key)
                        .isNotEmpty();
            }
            for (String topic : words.words("niche", niche, "topic")) {
                assertThat(topics.add(topic))
                        .as("topic '%s' of %s is used by another niche", topic, niche)
                        .isTrue();
            }
        }
        assertThat(Vocabulary.NICHES).hasSize(20);
    }

    @Test
    void everyValueThemeAndRiskyTopicHasCaptionsAndHashtags() {
        Vocabulary words = Vocabulary.get();
        Vocabulary.VALUES.forEach(
                v -> assertThat(words.words("value", v, "tag")).isNotEmpty());
        Vocabulary.RISKS.forEach(
                r -> assertThat(words.words("risk", r, "caption")).isNotEmpty());
    }
}
