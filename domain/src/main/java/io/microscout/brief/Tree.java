package io.microscout.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A node of a parsed brief (maps, lists, strings, numbers, booleans, as a YAML or JSON reader gives them) with its
 * path, so that every error names the key: {@code audience.ages[1]: "18-2x" is not an age band}.
 */
record Tree(String source, String path, Object value) {

    BriefException error(String message) {
        return new BriefException(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    boolean isMissing() {
        return value == null;
    }

    /** The children of a map, after checking that it holds only known keys. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(Collection<String> known) {
        if (!(value instanceof Map)) {
            throw error("expected a map of " + String.join(", ", known));
        }
        Map<String, Object> m = (Map<String, Object>) value;
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw child(key).error("unknown key; expected one of " + String.join(", ", known));
            }
        }
        return m;
    }

    Tree child(String key) {
        Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
        return new Tree(source, path.isEmpty() ? key : path + "." + key, v);
    }

    /** A list's items (a single scalar counts as a one-item list), each converted, errors naming the index. */
    <T> List<T> list(Function<Tree, T> item) {
        List<T> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> l)) {
            if (value instanceof Map) {
                throw error("expected a list");
            }
            out.add(item.apply(this));
            return out;
        }
        for (int i = 0; i < l.size(); i++) {
            out.add(item.apply(new Tree(source, path + "[" + i + "]", l.get(i))));
        }
        return out;
    }

    String text() {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw error("expected text");
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** The text parsed by a parser that throws IllegalArgumentException with the reason. */
    <T> T parsed(Function<String, T> parser) {
        String t = text();
        if (t == null) {
            return null;
        }
        try {
            return parser.apply(t);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A number; "2%" reads as 0.02; "10k"/"1.5m" as thousands/millions. */
    Double number(double min, double max) {
        if (value == null) {
            return null;
        }
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Amount.parse(text());
            } catch (IllegalArgumentException e) {
                throw error("\"" + value + "\" is not a number");
            }
        }
        if (Double.isNaN(d) || d < min || d > max) {
            throw error(value + " is out of range (" + fmt(min) + " to " + fmt(max) + ")");
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
