package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the configured embedder translates before it embeds: by default when an {@code apertium} program with a
 * direction into English is on the PATH; {@value #VARIABLE}={@code off} (or {@value #PROPERTY}) turns it off, and
 * a path names another program. The search index must be rebuilt after a change (the vectors' id says so).
 */
public final class ConfiguredTranslation {
    public static final String PROPERTY = "microscout.translation";
    public static final String VARIABLE = "MICROSCOUT_TRANSLATION";

    private static volatile Optional<ApertiumTranslator> found;

    private ConfiguredTranslation() {}

    /** The translator the setting asks for, looked up once per process; empty when off or not installed. */
    public static Optional<ApertiumTranslator> translator() {
        Optional<ApertiumTranslator> t = found;
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

    private static Optional<ApertiumTranslator> lookUp() {
        String setting = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (setting != null && setting.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        return ApertiumTranslator.find(setting == null || setting.isBlank() ? "apertium" : setting.strip());
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
