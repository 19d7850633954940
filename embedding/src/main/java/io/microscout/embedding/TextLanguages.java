package io.microscout.embedding;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import io.microscout.creator.LanguageNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The language a creator's text or a brief is written in, by character n-grams (Optimaize language-detector 0.6, a
 * port of Shuyo Nakatani's langdetect, 2010: 69 of its 71 languages from Wikipedia profiles; URLs and e-mail addresses are
 * ignored). A text is given a language only when the detector is sure of it ({@link #MIN_PROBABILITY}) and it has
 * {@link #MIN_LETTERS} letters or more: a name or a line of hashtags says too little, and the wrong language would
 * send it through the wrong translation.
 */
public final class TextLanguages {
    /**
     * The detector's probability a language needs. It averages 7 random samplings of the text's n-grams, each of
     * which mostly settles on one language, so 0.70 is about 5 of 7: a Spanish line with English words in it ("Zapatillas de trail running para corredores de montaña")
     * scores 0.71, while none of 2,250 real English video descriptions (Mathur et al. 2018) reached 0.70 for
     * Spanish (docs/embedding.md). Its own {@code detect} asks 0.9999.
     */
    static final double MIN_PROBABILITY = 0.70;

    /** Fewer letters than this are not judged (a display name, a few hashtags). */
    static final int MIN_LETTERS = 20;

    /** What this detector is, for the identity of the vectors it shapes. */
    static final String ID = "optimaize language-detector 0.6, p >= " + MIN_PROBABILITY + ", " + MIN_LETTERS
            + " letters or more, first look among en pt it fr ca gl de nl, Asturian and Aragonese left out";

    /**
     * Asturian and Aragonese are left out of the detector's languages: they are close to Spanish, rare among
     * creators, and took a Spanish bio's share ("Poesía en urdu, citas sobre el amor y la fe, un verso nuevo cada
     * noche": Spanish 0.57, Asturian 0.43 with them; Spanish alone without).
     */
    private static final Set<String> LEFT_OUT = Set.of("ast", "an");

    /** The detector samples n-grams at random; a fixed seed gives a text the same language every time. */
    private static final long SEED = 20191001L;

    /**
     * The few languages the first look tells apart, besides English and the ones to translate: the major
     * Latin-script languages nearest to them, so that a Portuguese or Italian text is not taken for Spanish.
     */
    private static final Set<String> NEIGHBOURS = Set.of("en", "pt", "it", "fr", "ca", "gl", "de", "nl");

    private final Set<String> wanted;
    private final LanguageDetector firstLook;
    private volatile LanguageDetector everyLanguage;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    /**
     * A detector for texts that may be in one of {@code wanted} (ISO 639-1). Reading every language's profile
     * takes about a second here, so a text is first judged among English, the wanted languages and their
     * neighbours (8 profiles, about a quarter of that); every language is read only when a text looks like one of
     * the wanted ones, to confirm it.
     */
    public TextLanguages(Set<String> wanted) {
        this.wanted = Set.copyOf(wanted);
        Set<String> first = new java.util.HashSet<>(NEIGHBOURS);
        first.addAll(wanted);
        firstLook = detector(l -> first.contains(l.getLanguage()));
    }

    /** True when the text as a whole is English at first look (or at least not in a wanted language). */
    public boolean clearlyEnglish(String text) {
        return "en".equals(best(firstLook, text));
    }

    /** The wanted language this text is written in, confirmed against every language; null when none or unsure. */
    public String wantedLanguageOf(String text) {
        String first = best(firstLook, text);
        return first != null && wanted.contains(first) && first.equals(of(text)) ? first : null;
    }

    /** The text's language among every language the detector knows (ISO 639-1), or null when too short or unsure. */
    public String of(String text) {
        LanguageDetector all = everyLanguage;
        if (all == null) {
            synchronized (this) {
                if (everyLanguage == null) {
                    everyLanguage = detector(l -> !LEFT_OUT.contains(l.getLanguage()));
                }
                all = everyLanguage;
            }
        }
        return best(all, text);
    }

    private String best(LanguageDetector detector, String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return null;
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return LanguageNames.code(found.get(0).getLocale().getLanguage());
    }

    private static LanguageDetector detector(Predicate<LdLocale> languages) {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader()
                            .readBuiltIn(BuiltInLanguages.getLanguages().stream()
                                    .filter(languages)
                                    .toList()))
                    .seed(SEED)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language detector's built-in profiles", e);
        }
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
