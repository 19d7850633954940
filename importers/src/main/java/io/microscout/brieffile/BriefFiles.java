package io.microscout.brieffile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.brief.Brief;
import io.microscout.brief.BriefException;
import io.microscout.brief.BriefReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a brief file: YAML (.yaml, .yml) or JSON (.json, or any file starting with '{'). Jackson only turns the
 * file into a tree of maps and lists; {@link BriefReader} checks every key and value.
 */
public final class BriefFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefFiles() {
    }

    public static Brief read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    /** Parses brief text; the name prefixes errors and chooses the format (JSON when it ends in .json). */
    public static Brief parse(String name, String text) {
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        Object tree;
        try {
            tree = (json ? JSON : YAML).readValue(text, Object.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new BriefException(name + ": " + where + "not valid " + (json ? "JSON" : "YAML") + " ("
                    + e.getOriginalMessage() + ")");
        }
        return BriefReader.read(name, tree);
    }
}
