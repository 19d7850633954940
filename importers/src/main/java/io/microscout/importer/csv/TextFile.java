package io.microscout.importer.csv;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file opened for CSV parsing: a byte-order mark decides the encoding (UTF-8, UTF-16) and is
 * skipped; otherwise the given encoding is used. Bytes that are not text in that encoding are reported
 * become U+FFFD, and {@link #sawUndecodable()} tells the reader to look for them in the records it reads (so a
 * wrong encoding is named at the record's line instead of importing garbled names). The delimiter is
 * the most frequent of ',', ';' and tab in the header line (spreadsheets in many locales export ';').
 */
final class TextFile {
    private final Watch reader;
    private final char delimiter;
    private final Charset charset;

    private TextFile(Reader reader, char delimiter, Charset charset) {
        this.reader = new Watch(reader);
        this.delimiter = delimiter;
        this.charset = charset;
    }

    /** True once the text read so far may hold lost characters (see {@link CsvRow#decoded}). */
    boolean sawUndecodable() {
        return reader.sawReplacement;
    }

    Charset charset() {
        return charset;
    }

    /**
     * Notes whether a decoded chunk holds U+FFFD (the decoder's replacement of undecodable bytes, or one in
     * the text itself) or 'ï' (which starts "ï¿½", U+FFFD as UTF-8 read as cp1252).
     */
    private static final class Watch extends FilterReader {
        boolean sawReplacement;

        Watch(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = off; i < off + n && !sawReplacement; i++) {
                sawReplacement = cbuf[i] == '\uFFFD' || cbuf[i] == '\u00EF';
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            sawReplacement |= c == '\uFFFD' || c == '\u00EF';
            return c;
        }
    }

    static TextFile open(Path file, Charset encoding) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        Charset charset = skipByteOrderMark(in, encoding);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char delimiter = delimiter(in);
        return new TextFile(new InputStreamReader(in, decoder), delimiter, charset);
    }

    Reader reader() {
        return reader;
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * The encoding a byte-order mark names (and skips), else UTF-16 told by its zero bytes (a header of ASCII
     * names in UTF-16 without a mark is "p\0l\0a\0..." or "\0p\0l\0a..."), else the given one.
     */
    private static Charset skipByteOrderMark(InputStream in, Charset encoding) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.reset();
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        in.reset();
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        if (b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0) {
            return StandardCharsets.UTF_16BE;
        }
        return encoding;
    }

    /** Counted on the bytes of the header line: the three delimiters are ASCII in every encoding read here. */
    private static char delimiter(InputStream in) throws IOException {
        in.mark(1 << 15);
        byte[] buf = new byte[1 << 15];
        int n = Math.max(0, in.readNBytes(buf, 0, buf.length));
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < n && (quoted || buf[i] != '\n' && buf[i] != '\r'); i++) {
            int c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }
}
