package io.microscout.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a valid input file, the way broken exports, hand edits and hostile users break them: tokens
 * inserted, replaced or deleted at random places, the file cut short, a line repeated. The tokens are the
 * ones issue 11 found harmful (1e30, negative and fractional counts, NaN, booleans where text belongs, stray
 * quotes and delimiters, a second document, control characters, text longer than the catalog holds).
 */
final class Mutations {
    static final List<String> TOKENS = List.of(
            "1e30",
            "-1",
            "3741.5",
            "NaN",
            ".inf",
            "false",
            "null",
            "\"",
            "\"\"",
            ",",
            ";",
            "\t",
            "\n",
            "\r\n",
            "{",
            "}",
            "[",
            "]",
            ":",
            "{\"a\":1}",
            "\u0000",
            "\u001b[31m",
            "\uFFFD",
            "Ã´",
            "99999999999999999999999",
            "2.28E+11",
            "h".repeat(300),
            "=1+1",
            "@",
            "#",
            "\\",
            "'",
            "\u202e",
            "\"id\":\"x\",\"id\":\"y\"",
            "budget: 1\nbudget: 2",
            "...",
            "~",
            "0x10",
            "1,234,5",
            "",
            " ");

    private Mutations() {}

    /** One edit of a text. */
    record Edit(int kind, double where, double to, String token) {
        String apply(String text) {
            int n = text.length();
            int at = (int) Math.min(n, Math.floor(where * (n + 1)));
            int end = (int) Math.min(n, at + Math.floor(to * 12));
            switch (kind) {
                case 0:
                    return text.substring(0, at) + token + text.substring(at);
                case 1:
                    return text.substring(0, at) + token + text.substring(end);
                case 2:
                    return text.substring(0, at) + text.substring(end);
                case 3:
                    return text.substring(0, at);
                default: {
                    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    int lineEnd = text.indexOf('\n', at);
                    String line = text.substring(lineStart, lineEnd < 0 ? n : lineEnd + 1);
                    return text.substring(0, lineStart) + line + line + text.substring(lineStart + line.length());
                }
            }
        }
    }

    /** One to four edits drawn from the seeded generator (so a failing case replays from its seed and index). */
    static List<Edit> edits(Random random) {
        int n = 1 + random.nextInt(4);
        List<Edit> edits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edits.add(new Edit(
                    random.nextInt(5),
                    random.nextDouble(),
                    random.nextDouble(),
                    TOKENS.get(random.nextInt(TOKENS.size()))));
        }
        return edits;
    }

    /** Runs {@code check} on {@code tries} cases drawn from one seed; a failure names the case to replay it. */
    static void forEachCase(long seed, int tries, Case check) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            try {
                check.run(random, i);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fuzz case " + i + " of seed " + seed + " failed: " + e, e);
            }
        }
    }

    /** One fuzz case: draws what it mutates from {@code random}. */
    @FunctionalInterface
    interface Case {
        void run(Random random, int index) throws Exception;
    }

    static String apply(String text, List<Edit> edits) {
        String t = text;
        for (Edit e : edits) {
            t = e.apply(t);
        }
        return t;
    }
}
