package io.microscout.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dictionary in dictd's format (an {@code .index} of "headword TAB offset TAB length", the numbers in dictd's
 * base 64, beside a {@code .dict} or dictzip {@code .dict.dz} of the entries), as Debian's {@code dict-freedict-*}
 * packages install them under {@code /usr/share/dictd}. Only one-word headwords are kept (of FreeDict German-English's
 * 519,423 index lines, 280,821 distinct words); entries are read from the data file when asked for.
 */
final class DictdDictionary implements AutoCloseable {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Path index;
    private final Map<String, long[]> entriesByWord;
    private final Dictzip data;

    private DictdDictionary(Path index, Map<String, long[]> entriesByWord, Dictzip data) {
        this.index = index;
        this.entriesByWord = entriesByWord;
        this.data = data;
    }

    /** The dictionary whose files are {@code base.index} and {@code base.dict.dz} (or {@code base.dict}). */
    static DictdDictionary open(Path index, Path data) {
        Map<String, long[]> byWord = new HashMap<>(1 << 19);
        int lineNumber = 0;
        try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                int tab1 = line.indexOf('\t');
                int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 < 0) {
                    continue; // dictd's own 00-database lines and blank headwords
                }
                String word = line.substring(0, tab1);
                if (word.indexOf(' ') >= 0) {
                    continue;
                }
                int tab3 = line.indexOf('\t', tab2 + 1);
                long offset = number(line, tab1 + 1, tab2);
                long length = number(line, tab2 + 1, tab3 < 0 ? line.length() : tab3);
                if (offset < 0 || length < 0 || length > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(
                            index + " line " + lineNumber + ": offset or length is not dictd base 64: " + line);
                }
                long[] at = byWord.get(word.toLowerCase(Locale.ROOT));
                long packed = offset << 32 | length;
                byWord.put(word.toLowerCase(Locale.ROOT), at == null ? new long[] {packed} : append(at, packed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        return new DictdDictionary(index, byWord, Dictzip.open(data));
    }

    private static long[] append(long[] a, long v) {
        long[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    /** dictd's base 64 number in {@code s[from, to)}, or -1 when it is not one. */
    static long number(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int digit = BASE64.indexOf(s.charAt(i));
            if (digit < 0 || n > (Long.MAX_VALUE >> 6)) {
                return -1;
            }
            n = n * 64 + digit;
        }
        return n;
    }

    /** The entries filed under this word, any case, in the dictionary's order; empty when none. */
    List<String> entries(String word) {
        long[] at = entriesByWord.get(word.toLowerCase(Locale.ROOT));
        if (at == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(at.length);
        for (long packed : at) {
            out.add(data.read(packed >>> 32, (int) (packed & 0xffffffffL)));
        }
        return out;
    }

    int words() {
        return entriesByWord.size();
    }

    Path index() {
        return index;
    }

    @Override
    public void close() {
        data.close();
    }
}
