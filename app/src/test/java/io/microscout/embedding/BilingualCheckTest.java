package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.RequiredComponents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on our own bilingual bios (a real-model check on hand-made data, not on ../shared/data): an
 * on-topic German or Spanish bio must still beat the off-topic English bios for most briefs. The stronger goal (as
 * close to the brief as the English bio) is NOT met by any packaged model; docs/embedding.md has the figures.
 */
class BilingualCheckTest {

    @Test
    void onTopicGermanAndSpanishBiosBeatOffTopicEnglishOnesForMostBriefs() {
        try (OnnxTextEmbedder embedder = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r = BilingualCheck.run(embedder);
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + ": " + r.format());

            assertThat(BilingualCheck.rows()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(r.beatsOtherEnglish().get(0)).isEqualTo(1.0);
            assertThat(r.beatsOtherEnglish().get(1)).isGreaterThanOrEqualTo(0.75);
            assertThat(r.beatsOtherEnglish().get(2)).isGreaterThanOrEqualTo(0.75);
        }
    }

    /**
     * The closest real thing to a multilingual model that this machine's registries have: the Spanish bios are
     * translated by Apertium before the same model embeds them (the configured embedder does this whenever Apertium
     * is installed). There is no German-English pair to install, so German is measured as it is.
     */
    @Test
    void throughApertiumASpanishBioMatchesAnEnglishBriefAboutAsWellAsTheEnglishBio() {
        Optional<ApertiumTranslator> found = ApertiumTranslator.find("apertium");
        RequiredComponents.require(
                found.isPresent() && found.get().languages().contains("es"),
                "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)");
        ApertiumTranslator apertium = found.orElseThrow();
        try (OnnxTextEmbedder model = new OnnxTextEmbedder(SentenceModel.DEFAULT)) {
            BilingualCheck.Result r = BilingualCheck.run(
                    new TranslatingEmbedder(model, new TextLanguages(apertium.languages()), apertium));
            System.out.println("bilingual check, " + SentenceModel.DEFAULT.id() + " after Apertium: " + r.format());

            double english = r.meanCosine().get(0);
            double spanish = r.meanCosine().get(2);
            assertThat(r.beatsOtherEnglish().get(2)).isEqualTo(1.0);
            assertThat(spanish).isGreaterThan(english - 0.02);
        }
    }
}
