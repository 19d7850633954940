package io.microscout.importer.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.importer.CountRange;
import io.microscout.importer.ProblemLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * One record of an API response (a profile, a media item, a video) with typed access to its fields.
 * Field names may be dotted ({@code "statistics.subscriberCount"}). A missing or JSON-null field is unknown
 * (null); a field of the wrong type is a problem naming its JSON path and field, and marks the record invalid
 * so that the reader leaves it out while reading on.
 */
public final class JsonRecord {
    /** Instagram writes offsets without a colon ("2021-08-17T19:00:42+0000"), YouTube "2019-03-21T20:37:49.000Z". */
    private static final DateTimeFormatter API_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private final JsonNode node;
    private final String path;
    private final ProblemLog problems;
    private boolean valid = true;

    public JsonRecord(JsonNode node, String path, ProblemLog problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public JsonNode node() {
        return node;
    }

    public String path() {
        return path;
    }

    /** The JSON path of a (dotted) field of this record. */
    public String path(String field) {
        return path + "." + field;
    }

    public boolean valid() {
        return valid;
    }

    /** True when the (dotted) field is present and not JSON null. */
    public boolean has(String field) {
        JsonNode v = at(field);
        return !v.isMissingNode() && !v.isNull();
    }

    /** Reports a problem with a field and marks the record invalid. */
    public void invalid(String field, String message) {
        valid = false;
        problems.add(path(field), lastName(field), message);
    }

    /** Text of a field; numbers are given as text (some APIs write ids as numbers), a boolean or object is a problem. */
    public String text(String field) {
        JsonNode v = at(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        invalid(field, "expected text, found " + kind(v) + (v.isValueNode() ? " " + v : ""));
        return null;
    }

    /** Text of a field that must be present and not blank. */
    public String requiredText(String field) {
        JsonNode v = at(field);
        if (v.isMissingNode()
                || v.isNull()
                || (v.isTextual() || v.isNumber()) && v.asText().isBlank()) {
            invalid(field, "is missing");
            return null;
        }
        return text(field);
    }

    /** A count of an account or a post ({@link CountRange#MAX}); see {@link #count(String, long)}. */
    public Long count(String field) {
        return count(field, CountRange.MAX);
    }

    /** A lifetime total (a channel's views, an account's likes), up to {@link CountRange#MAX_LIFETIME}. */
    public Long lifetimeCount(String field) {
        return count(field, CountRange.MAX_LIFETIME);
    }

    /**
     * A count: a whole number from 0 to {@code max}, given as a JSON number or, as YouTube does, as a string of
     * digits. 1e30, 12.5, -3 and "many" are problems, not stored.
     */
    public Long count(String field, long max) {
        JsonNode v = at(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        java.math.BigDecimal n = null;
        if (v.isNumber() && v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
            invalid(field, "expected a whole number, found " + v.asText() + " (not a finite number)");
            return null;
        }
        if (v.isNumber()) {
            n = v.decimalValue();
        } else if (v.isTextual()) {
            String t = v.asText().trim();
            if (!t.isEmpty() && t.length() <= 18 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                n = new java.math.BigDecimal(t);
            }
        }
        if (n == null) {
            invalid(field, "expected a whole number, found " + kind(v) + " " + v);
            return null;
        }
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            invalid(field, "expected a whole number, found " + v);
            return null;
        }
        String range = CountRange.problem(n.doubleValue(), max);
        if (range != null) {
            invalid(field, v + " " + range);
            return null;
        }
        return n.longValueExact();
    }

    public Boolean bool(String field) {
        JsonNode v = at(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.valueOf(v.asText());
        }
        invalid(field, "expected true or false, found " + kind(v) + " " + v);
        return null;
    }

    /** A time written as ISO-8601 with an offset (any API style), or as Unix seconds (a JSON number). */
    public Instant time(String field) {
        JsonNode v = at(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return Instant.ofEpochSecond(v.asLong());
        }
        if (v.isTextual()) {
            try {
                return OffsetDateTime.parse(v.asText().trim(), API_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        invalid(field, "expected a time such as 2021-08-17T19:00:42+0000, found " + kind(v) + " " + v);
        return null;
    }

    /** The (dotted) field's node; MissingNode when absent. */
    public JsonNode at(String field) {
        JsonNode v = node;
        int start = 0;
        while (true) {
            int dot = field.indexOf('.', start);
            v = v.path(dot < 0 ? field.substring(start) : field.substring(start, dot));
            if (dot < 0) {
                return v;
            }
            start = dot + 1;
        }
    }

    private static String lastName(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** "a string", "an object"...: how a problem names what it found. */
    public static String kind(JsonNode v) {
        switch (v.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
