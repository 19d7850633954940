package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.discovery.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslatingEmbedderTest {
    private static final String SPANISH =
            "Consejos de viaje, reseñas de hoteles y las mejores playas para tus vacaciones";
    private static final String ENGLISH = "Travel tips, hotel reviews and the best beaches for your holidays";
    private static final String GERMAN = "Reisetipps, Hotelbewertungen und die schönsten Strände für deinen Urlaub";

    /** What the model was asked to embed. */
    static final class RecordingModel implements TextEmbedder {
        final List<String> seen = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public String vectorsId() {
            return "recording";
        }

        @Override
        public float[] embed(String text) {
            seen.add(text);
            return new float[] {text.length(), 1};
        }
    }

    @Test
    void aSpanishTextReachesTheModelInEnglishAndOthersAsTheyAre() {
        RecordingModel model = new RecordingModel();
        TranslatingEmbedder embedder = new TranslatingEmbedder(
                model, new TextLanguages(java.util.Set.of("es")), ApertiumTranslatorTest.installed());

        List<float[]> vectors = embedder.embedAll(List.of(ENGLISH, SPANISH, GERMAN, "Ana"));

        assertThat(vectors).hasSize(4);
        assertThat(model.seen).hasSize(4);
        assertThat(model.seen.get(0)).isEqualTo(ENGLISH);
        assertThat(model.seen.get(1))
                .isNotEqualTo(SPANISH)
                .containsIgnoringCase("hotel")
                .containsIgnoringCase("beach");
        assertThat(model.seen.get(2)).as("no German-English pair is installed").isEqualTo(GERMAN);
        assertThat(model.seen.get(3)).isEqualTo("Ana");
    }

    @Test
    void aSpanishBriefIsTranslatedToo() {
        RecordingModel model = new RecordingModel();
        TranslatingEmbedder embedder = new TranslatingEmbedder(
                model, new TextLanguages(java.util.Set.of("es")), ApertiumTranslatorTest.installed());

        embedder.embedQuery("Zapatillas de trail running para corredores de montaña en España");

        assertThat(model.seen)
                .singleElement()
                .asString()
                .containsIgnoringCase("runners")
                .containsIgnoringCase("Spain");
    }

    @Test
    void itsVectorsCarryTheTranslationInTheirIdSoVectorsMadeWithoutItAreNotReused() {
        RecordingModel model = new RecordingModel();
        ApertiumTranslator apertium = ApertiumTranslatorTest.installed();

        String id = new TranslatingEmbedder(model, new TextLanguages(apertium.languages()), apertium).vectorsId();

        assertThat(id).startsWith("recording; [").contains(apertium.id()).contains(TextLanguages.ID);
        assertThat(TranslatingEmbedder.vectorsId(null, apertium)).isNull();
    }

    /** Marks each text with its language, so a test sees which translator had it. */
    record MarkingTranslator(String language, String id) implements Translator {
        @Override
        public java.util.Set<String> languages() {
            return java.util.Set.of(language);
        }

        @Override
        public List<String> toEnglish(String from, List<String> texts) {
            return texts.stream().map(t -> "[" + id + " " + from + "] " + t).toList();
        }
    }

    @Test
    void eachLanguageGoesToTheTranslatorThatReadsIt() {
        Translator both = Translators.of(List.of(
                        java.util.Optional.of(new MarkingTranslator("es", "apertium")),
                        java.util.Optional.of(new MarkingTranslator("de", "gloss"))))
                .orElseThrow();
        RecordingModel model = new RecordingModel();

        new TranslatingEmbedder(model, new TextLanguages(both.languages()), both)
                .embedAll(List.of(ENGLISH, SPANISH, GERMAN));

        assertThat(model.seen).containsExactly(ENGLISH, "[apertium es] " + SPANISH, "[gloss de] " + GERMAN);
        assertThat(both.id()).isEqualTo("apertium for es; gloss for de");
    }

    @Test
    void aLanguageTwoTranslatorsReadGoesToTheFirstAndAnUnusedOneIsNotNamed() {
        Translator both = Translators.of(List.of(
                        java.util.Optional.of(new MarkingTranslator("de", "apertium")),
                        java.util.Optional.of(new MarkingTranslator("de", "gloss")),
                        java.util.Optional.empty()))
                .orElseThrow();

        assertThat(both.toEnglish("de", List.of("Hallo"))).containsExactly("[apertium de] Hallo");
        assertThat(both.id()).isEqualTo("apertium for de");
        assertThat(Translators.of(List.of(java.util.Optional.empty()))).isEmpty();
    }
}
