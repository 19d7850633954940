package io.microscout.embedding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several translators as one: each language goes to the first translator given that reads it (Apertium's rule-based
 * translation before a word gloss, which knows no grammar).
 */
final class Translators implements Translator {
    private final List<Translator> translators;
    private final Map<String, Translator> byLanguage;

    private Translators(List<Translator> translators, Map<String, Translator> byLanguage) {
        this.translators = translators;
        this.byLanguage = byLanguage;
    }

    /** The translators that are there, in order of preference; empty when none is. */
    static Optional<Translator> of(List<Optional<? extends Translator>> found) {
        List<Translator> present = found.stream()
                .flatMap(Optional::stream)
                .map(t -> (Translator) t)
                .toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        if (present.size() == 1) {
            return Optional.of(present.get(0));
        }
        Map<String, Translator> byLanguage = new LinkedHashMap<>();
        for (Translator t : present) {
            t.languages().stream().sorted().forEach(l -> byLanguage.putIfAbsent(l, t));
        }
        List<Translator> used =
                present.stream().filter(byLanguage::containsValue).toList();
        return Optional.of(new Translators(used, Map.copyOf(byLanguage)));
    }

    @Override
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    @Override
    public String id() {
        return translators.stream()
                .map(t -> t.id() + " for "
                        + byLanguage.entrySet().stream()
                                .filter(e -> e.getValue() == t)
                                .map(Map.Entry::getKey)
                                .sorted()
                                .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public List<String> toEnglish(String language, List<String> texts) {
        Translator t = byLanguage.get(language);
        if (t == null) {
            throw new IllegalArgumentException("no translation from '" + language + "' into English");
        }
        return t.toEnglish(language, texts);
    }
}
