package io.microscout.importer.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.importer.ProblemLog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one API response file as a tree. An API response is one page of at most 50 (YouTube), 100
 * (Instagram) or 20 (TikTok) records, so the tree is small; the records inside it are then read one by one,
 * each with its own problems. Malformed JSON is one problem at the line and column where Jackson stopped.
 */
public final class JsonDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocument() {
    }

    /** The response's root, or empty (with a problem) when the file is empty or not JSON. */
    public static Optional<JsonNode> read(Path file, ProblemLog problems) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                problems.add("line 1", null, "the file is empty; expected a JSON response");
                return Optional.empty();
            }
            if (!root.isObject()) {
                problems.add("$", null, "expected a JSON object (an API response), found " + JsonRecord.kind(root));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(where, null, "malformed JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** "$.items[3]": the JSON path of an element of an array at {@code arrayPath}. */
    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }
}
