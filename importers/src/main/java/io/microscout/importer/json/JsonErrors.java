package io.microscout.importer.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Jackson's parse errors in a user's words: no feature names ({@code JsonReadFeature...}), no "Source:"
 * part, no code points; and the JSON path where the parser stood ({@code $.items[2].snippet}).
 */
public final class JsonErrors {
    private JsonErrors() {}

    /** The error in plain words. */
    public static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "the JSON nests objects and arrays deeper than 1,000 levels; no API response does";
            }
            return "a value is longer than a JSON reader accepts (" + firstSentence(m) + ")";
        }
        if (m.startsWith("Duplicate field")) {
            return "the key " + between(m, '\'') + " appears twice in one object; which value holds cannot be told";
        }
        if (m.contains("Non-standard token") || m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers; write null for an unknown value";
        }
        if (m.contains("Unexpected end-of-input")) {
            return "the file ends in the middle of the JSON (cut short?)";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("ALLOW_UNQUOTED_FIELD_NAMES")) {
            return "keys and text must be in double quotes";
        }
        if (m.contains("ALLOW_COMMENTS")) {
            return "JSON has no comments";
        }
        if (m.contains("ALLOW_LEADING_ZEROS") || m.contains("Leading zeroes")) {
            return "a number starts with 0 (write 7, not 007)";
        }
        if (m.contains("Illegal unquoted character") || m.contains("ALLOW_UNESCAPED_CONTROL_CHARS")) {
            return "text holds a control character (a raw tab or line break); write it as \\t or \\n";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-32") || m.contains("Invalid UTF-16")) {
            return "the file is not UTF-8 text, as JSON must be";
        }
        return cleaned(m);
    }

    /** A parser's message without code points, `feature names` and "Source: REDACTED", cut to its first line. */
    public static String cleaned(String message) {
        return firstSentence(message.replaceAll("\\s*\\(code [^)]*\\)", "")
                .replaceAll("`[^`]*`", "")
                .trim());
    }

    /** The JSON path of where the parser stands: "$.items[2].snippet.title", "$" at the top. */
    public static String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        if (parts.size() > 12) {
            String head = String.join("", parts.stream().limit(6).toList());
            return "$" + head + "... (" + parts.size() + " levels deep)";
        }
        return "$" + String.join("", parts);
    }

    private static String between(String m, char quote) {
        int a = m.indexOf(quote);
        int b = a < 0 ? -1 : m.indexOf(quote, a + 1);
        return b < 0 ? "" : m.substring(a, b + 1);
    }

    private static String firstSentence(String m) {
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        return first.replace("Source: REDACTED", "").trim();
    }
}
