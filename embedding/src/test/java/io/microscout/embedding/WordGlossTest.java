package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word gloss on a small dictionary of our own in dictd's format (the real one: BilingualCheckTest). */
class WordGlossTest {
    private static final List<String> ENTRIES = List.of(
            "Schuh /ʃuː/ <masc, n, sg>\nshoe <n>, boot <n>\n",
            "Lauf /laʊ̯f/ <masc, n, sg>\n [sport] run <n>, race <n>\n",
            "Hotel /hoˈtɛl/ <neut, n, sg>\nhotel <n>\n",
            "Bewertung /bəˈveːɐ̯tʊŋ/ <fem, n, sg>\nrating <n>; assessment <n>\n",
            "Liebe /ˈliːbə/ <fem, n, sg>\nlove <n>\n",
            "Brief /briːf/ <masc, n, sg>\nletter <n>\n",
            "Amplitudenmodulation (AM) <fem, n, sg>\namplitude modulation <n>\n",
            "TAG (Tagesgeld) <n>\nday-to-day money <n>\n",
            "Tag /taːk/ <masc, n, sg>\nday <n>\n");

    @TempDir
    Path dir;

    @Test
    void eachWordBecomesTheFirstSenseOfItsOwnEntryAndWhatLiesBetweenWordsIsKept() throws IOException {
        WordGloss gloss = fixture();

        assertThat(gloss.toEnglish("de", List.of("Hotel, Liebe: Brief für uns!")))
                .containsExactly("hotel, love: letter for us!");
    }

    @Test
    void closedClassWordsComeFromTheTableNotFromAnEntryFiledUnderTheSameLetters() throws IOException {
        assertThat(fixture().gloss("Liebe am Tag und ein Brief")).isEqualTo("love at the day and a letter");
    }

    @Test
    void theEntryWithTheWordsOwnCaseIsPreferredAndLabelsAreLeftOut() throws IOException {
        assertThat(fixture().gloss("Tag Lauf")).isEqualTo("day run");
    }

    @Test
    void anInflectedWordIsFoundWithoutItsEnding() throws IOException {
        assertThat(fixture().gloss("Schuhe Bewertungen")).isEqualTo("shoe rating");
    }

    @Test
    void aCompoundIsSplitIntoPartsThatAreKnownWithTheLinkingLettersTakenOff() throws IOException {
        WordGloss gloss = fixture();

        assertThat(gloss.gloss("Laufschuhe")).isEqualTo("run shoe");
        assertThat(gloss.gloss("Hotelbewertungen")).isEqualTo("hotel rating");
        assertThat(gloss.gloss("Liebesbrief")).isEqualTo("love letter");
        assertThat(gloss.gloss("Liebesbriefhotel")).isEqualTo("love letter hotel");
    }

    @Test
    void unknownWordsStayAsWrittenAndHyphensBecomeSpaces() throws IOException {
        assertThat(fixture().gloss("Smartwatches und Laufschuh-Tests aus Berlin"))
                .isEqualTo("Smartwatches and run shoe Tests from Berlin");
    }

    @Test
    void aLineWithNoGermanWordOfItsOwnIsLeftAsWritten() throws IOException {
        // Lines of real YouTube texts that the language detector took for German.
        assertThat(fixture()
                        .toEnglish("de", List.of("MONEY SUCKS, FRIENDS RULE", "Fun For Kids TV", "Liebe und Briefe")))
                .containsExactly("MONEY SUCKS, FRIENDS RULE", "Fun For Kids TV", "love and letter");
    }

    @Test
    void itReadsGermanOnlyAndSaysWhichDataItReads() throws IOException {
        WordGloss gloss = fixture();

        assertThat(gloss.languages()).containsExactly("de");
        assertThat(gloss.id()).contains(WordGloss.BASE_NAME).contains("bytes").contains("function words");
        assertThatThrownBy(() -> gloss.toEnglish("es", List.of("hola")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'es'");
    }

    @Test
    void withoutTheDictionaryThereIsNoGloss(@TempDir Path empty) {
        assertThat(WordGloss.find(empty)).isEmpty();
    }

    @Test
    void dictdNumbersAreBase64() {
        assertThat(DictdDictionary.number("B9", 0, 2)).isEqualTo(125);
        assertThat(DictdDictionary.number("A", 0, 1)).isZero();
        assertThat(DictdDictionary.number("B-", 0, 2)).isEqualTo(-1);
    }

    /** The entries above as {@code freedict-deu-eng.index} and an uncompressed {@code .dict}. */
    private WordGloss fixture() throws IOException {
        StringBuilder data = new StringBuilder();
        StringBuilder index = new StringBuilder("00-database-info\tA\tB\n");
        long offset = 0;
        for (String entry : ENTRIES) {
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            String head = entry.substring(0, entry.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            index.append(head)
                    .append('\t')
                    .append(base64(offset))
                    .append('\t')
                    .append(base64(bytes.length))
                    .append('\n');
            data.append(entry);
            offset += bytes.length;
        }
        Files.writeString(dir.resolve(WordGloss.BASE_NAME + ".index"), index);
        Files.writeString(dir.resolve(WordGloss.BASE_NAME + ".dict"), data);
        return WordGloss.find(dir).orElseThrow();
    }

    static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return sb.toString();
    }
}
