package io.microscout.importer.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
 * each with its own problems. A file that is not one JSON document (malformed, a key twice in one object,
 * a second document after the first, nested too deep) is one problem at its line, column and JSON path, in
 * the words of {@link JsonErrors}.
 */
public final class JsonDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocument() {}

    /** The response's root, or empty (with a problem) when the file is empty or not one JSON object. */
    public static Optional<JsonNode> read(Path file, ProblemLog problems) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = MAPPER.createParser(in).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (root == null || root.isMissingNode()) {
                    problems.add("line 1", null, "the file is empty; expected a JSON response");
                    return Optional.empty();
                }
                if (!root.isObject()) {
                    problems.add("$", null, "expected a JSON object (an API response), found " + JsonRecord.kind(root));
                    return Optional.empty();
                }
                JsonToken after = parser.nextToken();
                if (after != null) {
                    problems.add(
                            where(parser.currentTokenLocation()),
                            null,
                            "more JSON follows the end of the response;"
                                    + " a file holds one response: split it into one file per response");
                    return Optional.empty();
                }
                return Optional.of(root);
            } catch (StreamConstraintsException e) {
                problems.add(
                        where(parser.currentLocation()) + ", " + JsonErrors.path(parser), null, JsonErrors.plain(e));
                return Optional.empty();
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                problems.add(
                        where(at) + ", " + JsonErrors.path(parser), null, "malformed JSON: " + JsonErrors.plain(e));
                return Optional.empty();
            }
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** "$.items[3]": the JSON path of an element of an array at {@code arrayPath}. */
    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }
}
