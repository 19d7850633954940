package io.microscout.generator;

import io.microscout.niche.Niche;
import io.microscout.niche.NicheTaxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generator's words, read from {@code generator/vocabulary.txt}: per niche its topics, bio phrases, caption
 * templates, hashtags, brands and words in Spanish, Portuguese, German and French; value themes, risky topics,
 * language frames and comments. Sections are {@code [kind:id]}; entries are {@code key = a | b | c}.
 * Hashtags are kept in lower case, as {@code CaptionSignals} reads them.
 */
final class Vocabulary {
    /** The 20 niche ids of the discovery taxonomy, in its order (the vocabulary file has a section for each). */
    static final List<String> NICHES =
            NicheTaxonomy.all().stream().map(Niche::id).toList();

    static final List<String> VALUES = List.of("vegan", "eco", "family", "faith", "lgbtq", "body_positivity");
    static final List<String> RISKS = List.of("alcohol", "gambling", "profanity", "politics");

    private static final Vocabulary INSTANCE = load("/generator/vocabulary.txt");

    /** kind -> id -> key -> words. */
    private final Map<String, Map<String, Map<String, String[]>>> sections;

    private Vocabulary(Map<String, Map<String, Map<String, String[]>>> sections) {
        this.sections = sections;
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The entries of {@code key} in section {@code kind:id}; fails loudly when the file lacks them. */
    String[] words(String kind, String id, String key) {
        Map<String, Map<String, String[]>> ofKind = sections.get(kind);
        Map<String, String[]> section = ofKind == null ? null : ofKind.get(id);
        String[] words = section == null ? null : section.get(key);
        if (words == null || words.length == 0) {
            throw new IllegalStateException("vocabulary.txt has no '" + key + "' in [" + kind + ":" + id + "]");
        }
        return words;
    }

    static Vocabulary load(String resource) {
        Map<String, Map<String, Map<String, String[]>>> sections = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String[]> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && line.indexOf(':') > 0) {
                    current = new LinkedHashMap<>();
                    String[] name = line.substring(1, line.length() - 1).split(":", 2);
                    sections.computeIfAbsent(name[0], k -> new LinkedHashMap<>())
                            .put(name[1], current);
                    continue;
                }
                int eq = line.indexOf('=');
                if (current == null || eq < 0) {
                    throw new IllegalStateException(resource + ": cannot read line '" + line + "'");
                }
                List<String> values = new ArrayList<>();
                for (String v : line.substring(eq + 1).split("\\|")) {
                    if (!v.isBlank()) {
                        values.add(line.startsWith("tag") ? v.strip().toLowerCase(Locale.ROOT) : v.strip());
                    }
                }
                current.put(line.substring(0, eq).strip(), values.toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(sections);
    }
}
