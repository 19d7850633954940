package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextLanguagesTest {
    private static final TextLanguages SPANISH_WANTED = new TextLanguages(Set.of("es"));

    @Test
    void aBioIsGivenTheLanguageItIsWrittenIn() {
        assertThat(SPANISH_WANTED.of("Consejos de viaje, reseñas de hoteles y las mejores playas para tus vacaciones"))
                .isEqualTo("es");
        assertThat(SPANISH_WANTED.of("Reisetipps, Hotelbewertungen und die schönsten Strände für deinen Urlaub"))
                .isEqualTo("de");
        assertThat(SPANISH_WANTED.of("Travel tips, hotel reviews and the best beaches for your holidays"))
                .isEqualTo("en");
    }

    @Test
    void onlyAWantedLanguageIsReportedAsOneToTranslate() {
        assertThat(SPANISH_WANTED.wantedLanguageOf("Zapatillas de trail running para corredores de montaña en España"))
                .isEqualTo("es");
        assertThat(SPANISH_WANTED.wantedLanguageOf(
                        "Dicas de viagem, avaliações de hotéis e as melhores praias do Brasil"))
                .as("Portuguese")
                .isNull();
        assertThat(SPANISH_WANTED.wantedLanguageOf("Travel tips, hotel reviews and the best beaches for your holidays"))
                .isNull();
    }

    @Test
    void anEnglishTextIsToldAtFirstLook() {
        assertThat(SPANISH_WANTED.clearlyEnglish("Travel tips, hotel reviews and the best beaches for your holidays"))
                .isTrue();
        assertThat(SPANISH_WANTED.clearlyEnglish("Consejos de viaje, reseñas de hoteles y las mejores playas"))
                .isFalse();
    }

    @Test
    void aNameOrAFewHashtagsSayTooLittleToJudge() {
        assertThat(SPANISH_WANTED.of("Zoe H. Beauty")).isNull();
        assertThat(SPANISH_WANTED.of("#viajes #fit")).isNull();
        assertThat(SPANISH_WANTED.of(null)).isNull();
        assertThat(SPANISH_WANTED.clearlyEnglish("Zoe H. Beauty")).isFalse();
    }

    @Test
    void theSameTextIsGivenTheSameLanguageByEveryDetector() {
        String mixed = "Corro cada mañana 🏃 running coach, marathon training plans y nutrición";
        String first = SPANISH_WANTED.of(mixed);

        for (int i = 0; i < 5; i++) {
            assertThat(new TextLanguages(Set.of("es")).of(mixed)).isEqualTo(first);
        }
    }
}
