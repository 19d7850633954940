package io.microscout.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreatorTextAnalyzerTest {

    private final CreatorTextAnalyzer analyzer = new CreatorTextAnalyzer();

    @Test
    void hashtagsAccentsCaseAndPluralsMatchTheirPlainWord() {
        assertThat(analyzer.terms("#CrueltyFree Café RECIPES")).containsExactly("crueltyfree", "cafe", "recipe");
    }

    @Test
    void stopWordsArePassedOverButUnrelatedWordsAreNotConflated() {
        assertThat(analyzer.terms("the university and the universe")).containsExactly("university", "universe");
    }
}
