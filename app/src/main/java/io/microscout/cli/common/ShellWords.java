package io.microscout.cli.common;

import java.util.regex.Pattern;

/** Words as a POSIX shell reads them, for the commands MicroScout prints for the user to run next. */
public final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+,=-]+");

    private ShellWords() {}

    /** The word as it is when the shell would read it unchanged, else in single quotes. */
    public static String quoted(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
