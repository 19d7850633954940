package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the configured embedder translates before it embeds: by default when an {@code apertium} program with a
 * direction into English is on the PATH, or FreeDict's German-English dictionary is installed under
 * {@code /usr/share/dictd} (the word gloss, for German, which Apertium has no pair for); {@value #VARIABLE}={@code
 * off} (or {@value #PROPERTY}) turns both off, and a path names another Apertium program. The search index must be
 * rebuilt after a change (the vectors' id says so).
 */
public final class ConfiguredTranslation {
    public static final String PROPERTY = "microscout.translation";
    public static final String VARIABLE = "MICROSCOUT_TRANSLATION";

    private static volatile Optional<Translator> found;

    private ConfiguredTranslation() {}

    /** The translator the setting asks for, looked up once per process; empty when off or not installed. */
    public static Optional<Translator> translator() {
        Optional<Translator> t = found;
        if (t == null) {
            synchronized (ConfiguredTranslation.class) {
                if (found == null) {
                    found = lookUp();
                }
                t = found;
            }
        }
        return t;
    }

    private static Optional<Translator> lookUp() {
        String setting = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (setting != null && setting.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        return Translators.of(List.of(
                ApertiumTranslator.find(setting == null || setting.isBlank() ? "apertium" : setting.strip()),
                WordGloss.find(WordGloss.DICTD)));
    }

    /** The model's vectors id as the configured embedder's vectors will carry it. */
    static String vectorsId(String modelVectorsId) {
        return translator()
                .map(t -> TranslatingEmbedder.vectorsId(modelVectorsId, t))
                .orElse(modelVectorsId);
    }

    /** The model, behind the configured translation if there is one. */
    static TextEmbedder around(Supplier<? extends TextEmbedder> model) {
        return translator()
                .<TextEmbedder>map(t -> new TranslatingEmbedder(model.get(), new TextLanguages(t.languages()), t))
                .orElseGet(model);
    }
}
