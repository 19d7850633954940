package io.microscout.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German into English word by word, for a language Apertium has no pair for: each word is replaced by the first
 * English sense of its entry in a German-English dictionary in dictd's format (Debian's {@code dict-freedict-deu-eng},
 * FreeDict's German-English dictionary, GPL-3+, read where the package installs it and never shipped). It is a
 * gloss, not a translation: no word order, no agreement, one sense per word. A sentence model reads topic words,
 * and those a gloss carries: on the bilingual check German bios matched their English briefs at 0.364 as written
 * and about as well as the English bios through this gloss (docs/embedding.md, "German by gloss").
 *
 * <p>A word is looked up in this order: the closed-class words ({@code function-words-de.tsv}: articles, pronouns,
 * prepositions, conjunctions, auxiliaries), whose dictionary senses mislead; an entry whose headword is the word
 * itself (the same case first: "Tag" the noun, "tag" no); the word without a common inflectional ending ("Schuhe"
 * -> "Schuh"); and a compound split into a head and a tail that are both known, with the linking "s", "es", "n",
 * "en" or "e" taken off the head ("Hotelbewertungen" -> hotel + estimations, "Skateschuhe"). A word none of
 * these find is kept as written: names, brands and English loanwords ("Smartwatches", "iPhone").
 */
public final class WordGloss implements Translator {
    /** Where Debian's dictd packages put their dictionaries. */
    public static final Path DICTD = Path.of("/usr/share/dictd");

    static final String BASE_NAME = "freedict-deu-eng";
    private static final Pattern WORDS = Pattern.compile("\\p{L}+|[^\\p{L}]+");
    private static final Pattern HEADWORD = Pattern.compile("^(.*?)(?: /| \\(| <|$)");
    private static final Pattern LABELS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)|\\{[^}]*\\}|^\\s*\\d+\\.\\s*");
    private static final List<String> ENDINGS = List.of("en", "ern", "er", "es", "em", "e", "n", "s");
    private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e");
    private static final Pattern GERMAN_LETTERS = Pattern.compile("[äöüßÄÖÜ]");

    /** Closed-class German words that English writes too; they are no evidence that a line is German. */
    private static final Set<String> ALSO_ENGLISH =
            Set.of("in", "an", "am", "so", "man", "will", "bin", "die", "hat", "war", "also", "um", "er", "es");

    private static final int MIN_PART = 3;
    private static final int MAX_PARTS = 3;

    private final Path index;
    private final Path data;
    private final Map<String, String> functionWords;
    private final Map<String, String> glossed = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> senses = new ConcurrentHashMap<>();
    private volatile DictdDictionary dictionary;

    private WordGloss(Path index, Path data, Map<String, String> functionWords) {
        this.index = index;
        this.data = data;
        this.functionWords = functionWords;
    }

    /** The German-English dictionary in {@code dir} ({@value #BASE_NAME}.index and .dict.dz); empty if not there. */
    public static Optional<WordGloss> find(Path dir) {
        Path index = dir.resolve(BASE_NAME + ".index");
        Path data = Files.isRegularFile(dir.resolve(BASE_NAME + ".dict.dz"))
                ? dir.resolve(BASE_NAME + ".dict.dz")
                : dir.resolve(BASE_NAME + ".dict");
        if (!Files.isRegularFile(index) || !Files.isRegularFile(data)) {
            return Optional.empty();
        }
        return Optional.of(new WordGloss(index, data, functionWords()));
    }

    @Override
    public Set<String> languages() {
        return Set.of("de");
    }

    @Override
    public String id() {
        return "word gloss by " + BASE_NAME + " (index " + size(index) + " bytes, data " + size(data) + " bytes, "
                + functionWords.size() + " function words)";
    }

    @Override
    public List<String> toEnglish(String language, List<String> texts) {
        if (!"de".equals(language)) {
            throw new IllegalArgumentException("the word gloss reads German, not '" + language + "'");
        }
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(looksGerman(text) ? gloss(text) : text);
        }
        return out;
    }

    /**
     * Whether the text has a German word of its own: a letter English lacks, or a closed-class word English does not
     * share. The language detector takes some English lines for German (of the real YouTube texts: "MONEY SUCKS,
     * FRIENDS RULE", "ZAMZAM ELECTRONICS TRADING", "Bebefinn - Nursery Rhymes & Kids Songs"); those are left as
     * written, since a gloss through a German dictionary can only damage them.
     */
    boolean looksGerman(String text) {
        if (GERMAN_LETTERS.matcher(text).find()) {
            return true;
        }
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (functionWords.containsKey(word) && !ALSO_ENGLISH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every word glossed; what lies between words is kept, with hyphens made spaces. */
    String gloss(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!Character.isLetter(token.charAt(0))) {
                sb.append(token.replace('-', ' '));
            } else {
                sb.append(glossed.computeIfAbsent(token, this::word));
            }
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    private String word(String word) {
        String function = functionWords.get(word.toLowerCase(Locale.ROOT));
        if (function != null) {
            return function;
        }
        String found = compound(word, 1);
        return found != null ? found : word;
    }

    /** The word, or a compound of up to {@link #MAX_PARTS} known parts, in English; null when not found. */
    private String compound(String word, int parts) {
        String whole = inflected(word);
        if (whole != null || parts >= MAX_PARTS || word.length() < 2 * MIN_PART) {
            return whole;
        }
        for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
            String tail = word.substring(split);
            String tailEnglish = inflected(Character.toUpperCase(tail.charAt(0)) + tail.substring(1));
            if (tailEnglish == null) {
                continue;
            }
            String head = word.substring(0, split);
            for (String link : LINKS) {
                if (head.endsWith(link) && head.length() - link.length() >= MIN_PART) {
                    String headEnglish = compound(head.substring(0, head.length() - link.length()), parts + 1);
                    if (headEnglish != null) {
                        return headEnglish + " " + tailEnglish;
                    }
                }
            }
        }
        return null;
    }

    /** The word's first sense, or that of the word without a common ending; null when neither is an entry. */
    private String inflected(String word) {
        String sense = sense(word);
        for (int i = 0; sense == null && i < ENDINGS.size(); i++) {
            String ending = ENDINGS.get(i);
            if (word.length() - ending.length() >= MIN_PART && word.endsWith(ending)) {
                sense = sense(word.substring(0, word.length() - ending.length()));
            }
        }
        return sense;
    }

    /** The first English sense of an entry whose headword is this word, the same case first; null when none. */
    private String sense(String word) {
        return senses.computeIfAbsent(word, w -> Optional.ofNullable(lookUp(w))).orElse(null);
    }

    private String lookUp(String word) {
        String anyCase = null;
        for (String entry : dictionary().entries(word)) {
            int newline = entry.indexOf('\n');
            if (newline < 0) {
                continue;
            }
            Matcher head = HEADWORD.matcher(entry.substring(0, newline));
            if (!head.find() || !head.group(1).strip().equalsIgnoreCase(word)) {
                continue;
            }
            String english = firstSense(entry, newline);
            if (english == null) {
                continue;
            }
            if (head.group(1).strip().equals(word)) {
                return english;
            }
            anyCase = anyCase == null ? english : anyCase;
        }
        return anyCase;
    }

    /** The entry's second line up to its first comma, semicolon or part-of-speech mark, labels taken out. */
    private static String firstSense(String entry, int newline) {
        int end = entry.indexOf('\n', newline + 1);
        String line = entry.substring(newline + 1, end < 0 ? entry.length() : end);
        String english =
                LABELS.matcher(line).replaceAll(" ").split("[,;<]", 2)[0].strip();
        return english.isEmpty() ? null : english.replaceAll("\\s+", " ");
    }

    private DictdDictionary dictionary() {
        DictdDictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                if (dictionary == null) {
                    dictionary = DictdDictionary.open(index, data);
                }
                d = dictionary;
            }
        }
        return d;
    }

    private static Map<String, String> functionWords() {
        Map<String, String> table = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WordGloss.class.getResourceAsStream("function-words-de.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2 || table.put(f[0].strip(), f[1].strip()) != null) {
                    throw new IllegalStateException("function-words-de.tsv line " + number
                            + ": want one German word, a tab and its English," + " each German word once: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read function-words-de.tsv", e);
        }
        return Map.copyOf(table);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
