package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.RequiredComponents;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Apertium as installed (Debian's apertium and apertium-eng-spa; .ci/run installs them). */
class ApertiumTranslatorTest {

    @Test
    void aBatchOfSpanishTextsComesBackInEnglishInTheOrderGiven() {
        ApertiumTranslator apertium = installed();

        List<String> english = apertium.toEnglish(
                "es",
                List.of(
                        "Consejos de viaje y reseñas de hoteles",
                        "Corro maratones por la montaña\ncada domingo",
                        "Recetas veganas fáciles para la semana"));

        assertThat(english).hasSize(3);
        assertThat(english.get(0)).containsIgnoringCase("trip").containsIgnoringCase("hotel");
        assertThat(english.get(1)).containsIgnoringCase("mountain").containsIgnoringCase("sunday");
        assertThat(english.get(2)).containsIgnoringCase("vegan").containsIgnoringCase("week");
    }

    @Test
    void itReadsTheLanguagesOfItsInstalledDirectionsIntoEnglishAndNamesTheirData() {
        ApertiumTranslator apertium = installed();

        assertThat(apertium.languages()).contains("es").doesNotContain("en");
        assertThat(apertium.id()).contains("spa-eng (data ").contains(" bytes)");
    }

    @Test
    void aProgramThatIsNotThereMeansNoTranslator() {
        assertThat(ApertiumTranslator.find("/nonexistent/apertium")).isEmpty();
    }

    @Test
    void theTranslationsAreCutAtTheMarkersAndAChangedOrMissingMarkerIsNoAnswer() {
        assertThat(ApertiumTranslator.split("Councils of trip\n.MSXBREAK0.\nTo run\n.MSXBREAK1.\n", 2))
                .containsExactly("Councils of trip", "To run");
        assertThat(ApertiumTranslator.split("a\n.MSXBREAK1.\nb\n.MSXBREAK0.\n", 2))
                .isNull();
        assertThat(ApertiumTranslator.split("a\n.MSXBREAK0.\nb\n", 2)).isNull();
        assertThat(ApertiumTranslator.split("a\n.MSXBREAK0.\nb\n.MSXBREAK1.\nleft over", 2))
                .isNull();
    }

    static ApertiumTranslator installed() {
        Optional<ApertiumTranslator> found = ApertiumTranslator.find("apertium");
        RequiredComponents.require(
                found.isPresent() && found.get().languages().contains("es"),
                "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)");
        return found.orElseThrow();
    }
}
