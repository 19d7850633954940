package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An English sentence model that reads other languages through a translation: a text detected as written in a
 * language the translator reads is translated into English first, then embedded; every other text is embedded as
 * it is. The shipped models have English-only vocabularies, so a Spanish bio matched an English brief at a cosine
 * of 0.350 against 0.507 for the same bio in English, and 0.495 through Apertium; a German one 0.364 as written and
 * 0.494 through the word gloss (docs/embedding.md, "Translating before embedding", "German by gloss"). Only the
 * vector changes: keyword search still reads the creator's own words.
 */
public final class TranslatingEmbedder implements TextEmbedder {
    private final TextEmbedder model;
    private final TextLanguages languages;
    private final Translator translator;

    public TranslatingEmbedder(TextEmbedder model, TextLanguages languages, Translator translator) {
        this.model = model;
        this.languages = languages;
        this.translator = translator;
    }

    /** The model's vectors id with the translation's, so vectors made without it are not reused, nor the reverse. */
    public static String vectorsId(String modelVectorsId, Translator translator) {
        return modelVectorsId == null
                ? null
                : modelVectorsId + "; "
                        + translator.languages().stream().sorted().toList() + " translated into English by "
                        + translator.id() + ", language by " + TextLanguages.ID;
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public String vectorsId() {
        return vectorsId(model.vectorsId(), translator);
    }

    @Override
    public float[] embed(String text) {
        return model.embed(inEnglish(List.of(text)).get(0));
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embedQuery(inEnglish(List.of(text)).get(0));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(inEnglish(texts));
    }

    /**
     * The texts with every line written in a language the translator reads replaced by its English, one run of the
     * translator per language. A text judged English as a whole is left as it is; any other is judged line by line
     * (name, bio, each caption), since creators mix languages and a line of English or a name must not go through
     * a Spanish translation.
     */
    List<String> inEnglish(List<String> texts) {
        Map<String, List<int[]>> linesByLanguage = new LinkedHashMap<>();
        List<String[]> lines = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            if (text == null || languages.clearlyEnglish(text)) {
                lines.add(null);
                continue;
            }
            String[] split = text.split("\n", -1);
            lines.add(split);
            for (int l = 0; l < split.length; l++) {
                String language = languages.wantedLanguageOf(split[l]);
                if (language != null) {
                    linesByLanguage
                            .computeIfAbsent(language, x -> new ArrayList<>())
                            .add(new int[] {t, l});
                }
            }
        }
        if (linesByLanguage.isEmpty()) {
            return texts;
        }
        linesByLanguage.forEach((language, at) -> {
            List<String> english = translator.toEnglish(
                    language, at.stream().map(tl -> lines.get(tl[0])[tl[1]]).toList());
            for (int k = 0; k < at.size(); k++) {
                lines.get(at.get(k)[0])[at.get(k)[1]] = english.get(k);
            }
        });
        List<String> out = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            out.add(lines.get(t) == null ? texts.get(t) : String.join("\n", lines.get(t)));
        }
        return out;
    }
}
