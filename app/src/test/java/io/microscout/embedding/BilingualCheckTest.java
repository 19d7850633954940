package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.RequiredComponents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on our own bilingual bios (a real-model check on hand-made data, not on ../shared/data): does a
 * German or Spanish bio match an English brief about its topic as well as the English bio does? The model reads
 * English only; Spanish goes through Apertium and German through the word gloss. docs/embedding.md has the figures.
 */
class BilingualCheckTest {

    /** The model alone: the "before" of the translations (printed), and the English reference the others are held to. */
    @Test
    void anOnTopicEnglishBioBeatsEveryOffTopicEnglishBio() {
        try (OnnxTextEmbedder embedder = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r = BilingualCheck.run(embedder);
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + ", as written: " + r.format());

            assertThat(BilingualCheck.rows()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(r.beatsOtherEnglish().get(0)).isEqualTo(1.0);
        }
    }

    /** Spanish through Apertium's rule-based translation (the configured embedder does this when it is installed). */
    @Test
    void throughApertiumASpanishBioMatchesAnEnglishBriefAboutAsWellAsTheEnglishBio() {
        ApertiumTranslator apertium = installedApertium();
        try (OnnxTextEmbedder model = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r = BilingualCheck.run(
                    new TranslatingEmbedder(model, new TextLanguages(apertium.languages()), apertium));
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + " after Apertium: " + r.format());

            assertThat(r.beatsOtherEnglish().get(2)).isGreaterThanOrEqualTo(0.95);
            assertThat(r.meanCosine().get(2)).isGreaterThan(r.meanCosine().get(0) - 0.04);
        }
    }

    /**
     * German, which no installable Apertium pair reads, through the word gloss: as written a German bio beat the
     * off-topic English bios for 13 of 20 briefs; glossed it must beat them for all. The floors (0.95, and 0.04 below
     * English) are regression gates set under the measured figures, not the goal: neither language reaches English.
     */
    @Test
    void throughTheWordGlossAGermanBioMatchesAnEnglishBriefNearlyAsWellAsTheEnglishBio() {
        WordGloss gloss = installedGloss();
        try (OnnxTextEmbedder model = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r =
                    BilingualCheck.run(new TranslatingEmbedder(model, new TextLanguages(gloss.languages()), gloss));
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + " after the gloss: " + r.format());

            assertThat(r.beatsOtherEnglish().get(1)).isEqualTo(1.0);
            assertThat(r.meanCosine().get(1)).isGreaterThan(r.meanCosine().get(0) - 0.04);
        }
    }

    /** What ships: the configured embedder finds both, tells the languages apart itself, and reads each its way. */
    @Test
    void theConfiguredEmbedderReadsGermanAndSpanishBiosWithoutBeingToldTheirLanguage() {
        installedApertium();
        installedGloss();
        try (OnnxTextEmbedder model = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r = BilingualCheck.run(ConfiguredTranslation.around(() -> model));
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + " as configured: " + r.format());

            assertThat(r.beatsOtherEnglish().get(1)).isEqualTo(1.0);
            assertThat(r.beatsOtherEnglish().get(2)).isGreaterThanOrEqualTo(0.95);
            assertThat(r.meanCosine().get(1)).isGreaterThan(r.meanCosine().get(0) - 0.04);
            assertThat(r.meanCosine().get(2)).isGreaterThan(r.meanCosine().get(0) - 0.04);
        }
    }

    private static ApertiumTranslator installedApertium() {
        Optional<ApertiumTranslator> found = ApertiumTranslator.find("apertium");
        RequiredComponents.require(
                found.isPresent() && found.get().languages().contains("es"),
                "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)");
        return found.orElseThrow();
    }

    private static WordGloss installedGloss() {
        Optional<WordGloss> found = WordGloss.find(WordGloss.DICTD);
        RequiredComponents.require(
                found.isPresent(), "FreeDict's German-English dictionary (apt-get install dict-freedict-deu-eng)");
        return found.orElseThrow();
    }
}
