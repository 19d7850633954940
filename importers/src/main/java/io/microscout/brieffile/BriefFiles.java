package io.microscout.brieffile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.brief.Brief;
import io.microscout.brief.BriefException;
import io.microscout.brief.BriefReader;
import io.microscout.importer.json.JsonErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a brief file: YAML (.yaml, .yml) or JSON (.json, or any file starting with '{'), UTF-8 (a UTF-16 file
 * with its byte-order mark is read too). Jackson only turns the file into a tree of maps and lists;
 * {@link BriefReader} checks every key and value. What is not a brief (a directory, binary or Latin-1 bytes, an
 * empty file, a key given twice, YAML's {@code .inf} and {@code .nan}) is a {@link BriefException} in plain words.
 */
public final class BriefFiles {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private BriefFiles() {}

    public static Brief read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new BriefException(file + " is a folder, not a brief file; give the brief's .yaml or .json file");
        }
        return parse(name, text(name, Files.readAllBytes(file)));
    }

    /** The bytes as text: UTF-8, or UTF-16 after its byte-order mark; anything else is an error saying what it is. */
    static String text(String name, byte[] bytes) {
        if (bytes.length >= 2
                && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int nuls = 0;
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        if (nuls > 0) {
            throw new BriefException(name + ": is not a text file (it holds NUL bytes: binary data, or UTF-16 without"
                    + " a byte-order mark); a brief is YAML or JSON text in UTF-8");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BriefException(name + ": is not UTF-8 text (Latin-1 or Windows-1252, perhaps); save it as UTF-8");
        }
    }

    /** Parses brief text; the name prefixes errors and chooses the format (JSON when it ends in .json). */
    public static Brief parse(String name, String text) {
        if (text.isBlank()) {
            throw new BriefException(name + ": the brief is empty; it needs at least one of product, keywords or niches"
                    + " (see docs/brief.md)");
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json")
                || text.stripLeading().startsWith("{");
        Object tree;
        try {
            tree = (json ? JSON : YAML).readValue(text, Object.class);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new BriefException(name + ": " + where + plain(e, json));
        }
        return BriefReader.read(name, tree);
    }

    /** "budget: " when the parser stood at a key, else nothing. */
    private static String key(JacksonException e) {
        try {
            if (e.getProcessor() instanceof JsonParser p && p.currentName() != null) {
                return p.currentName() + ": ";
            }
        } catch (IOException | RuntimeException ignored) {
            // no key then
        }
        return "";
    }

    private static String plain(JacksonException e, boolean json) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Duplicate field")) {
            int a = m.indexOf('\'');
            int b = m.indexOf('\'', a + 1);
            return "the key " + (b > a ? m.substring(a, b + 1) : "") + " is given twice; give it once";
        }
        if (m.contains("Malformed numeric value '.inf")
                || m.contains("Malformed numeric value '-.inf")
                || m.contains("Malformed numeric value '+.inf")) {
            return key(e) + "YAML's .inf is an infinite number; give a finite one";
        }
        if (m.contains("Malformed numeric value '.nan")) {
            return key(e) + "YAML's .nan means not a number; give a number";
        }
        return "not valid " + (json ? "JSON" : "YAML") + " (" + JsonErrors.cleaned(m) + ")";
    }
}
