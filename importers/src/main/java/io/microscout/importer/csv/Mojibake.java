package io.microscout.importer.csv;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text that was UTF-8 but decoded as cp1252 (or Latin-1) somewhere before the file was written: "CÃ´te d'Ivoire"
 * for "Côte d'Ivoire", "MarÃ­a" for "María". The repair encodes the text back to those bytes and decodes them as
 * UTF-8. It is unambiguous, and so made, only when (1) every character maps to one cp1252 byte, (2) those bytes are
 * valid UTF-8 (strictly, nothing replaced), (3) the bytes hold at least one multi-byte sequence, and (4) the text
 * holds a lead character of such a sequence (Ã, Â, Å, Ä, ...) followed by a continuation-byte character: text
 * that is plain Latin-1 French or German ("Café", "Müller") fails (2) or (4) and is left alone.
 */
final class Mojibake {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Mojibake() {}

    /** The repaired text, or null when the text needs no repair or the repair is not certain. */
    static String repair(String text) {
        if (text == null || !looksMisdecoded(text)) {
            return null;
        }
        byte[] bytes;
        try {
            java.nio.ByteBuffer encoded = CP1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
        } catch (CharacterCodingException e) {
            return latin1(text);
        }
        return noLostCharacters(strictUtf8(bytes));
    }

    /** Latin-1 misreadings keep C1 controls (U+0080–U+009F) cp1252 has no byte for. */
    private static String latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return null;
            }
        }
        return noLostCharacters(strictUtf8(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** U+FFFD written as UTF-8 ("ï¿½") decodes to U+FFFD: characters lost before, not a repair. */
    private static String noLostCharacters(String repaired) {
        return repaired == null || repaired.indexOf('\uFFFD') >= 0 ? null : repaired;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A UTF-8 lead byte (0xC2–0xF4 as cp1252 text) followed by a continuation byte (0x80–0xBF as cp1252 text). */
    private static boolean looksMisdecoded(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char lead = text.charAt(i);
            if (lead < 0xC2 || lead > 0xF4) {
                continue; // cp1252 gives these bytes to U+00C2-U+00F4 only, as Latin-1 does: no lookup needed
            }
            int next = byteOf(text.charAt(i + 1));
            if (next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    /** The cp1252 (else Latin-1) byte of a character, or -1. */
    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        byte[] b = String.valueOf(c).getBytes(CP1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : -1;
    }
}
