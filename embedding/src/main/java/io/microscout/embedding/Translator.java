package io.microscout.embedding;

import java.util.List;
import java.util.Set;

/** Turns lines written in another language into English, so that an English sentence model can read them. */
public interface Translator {
    /** The ISO 639-1 codes of the languages this translator reads. */
    Set<String> languages();

    /** What the translation is and which data it reads, for the identity of the vectors it shapes. */
    String id();

    /** The texts, written in {@code language}, in English; in the order given. */
    List<String> toEnglish(String language, List<String> texts);
}
