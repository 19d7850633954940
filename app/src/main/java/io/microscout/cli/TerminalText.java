package io.microscout.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What a command writes reaches the terminal without control characters from imported text (a creator named
 * "ESC[2J" or holding BEL or CR could clear, ring or overwrite the user's screen): C0 controls other than
 * line feed and tab, DEL and the C1 controls are dropped. JSON output escapes controls itself, and CSV keeps
 * its quoted line feeds, so every output of a command passes through this.
 */
final class TerminalText extends FilterWriter {

    TerminalText(Writer out) {
        super(out);
    }

    /** The text without terminal control characters. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    @Override
    public void write(int c) throws IOException {
        if (!isControl(c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (isControl(cbuf[i])) {
                out.write(cbuf, start, i - start);
                start = i + 1;
            }
        }
        out.write(cbuf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
