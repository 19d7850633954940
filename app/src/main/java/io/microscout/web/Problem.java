package io.microscout.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as an RFC 9457 problem document: status, a short title, a plain-words detail and, when one field is
 * at fault, its name ({@code field}). Thrown by handlers; {@link WebServer} renders it as
 * {@code application/problem+json} for the API and as an error page for the web app.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;
    private final String field;

    public Problem(int status, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static Problem badRequest(String field, String detail) {
        return new Problem(400, "Invalid request", field, detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", null, detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", null, detail);
    }

    public static Problem unauthorized() {
        return new Problem(
                401,
                "Sign in required",
                null,
                "sign in, or send a personal API token as 'Authorization: Bearer TOKEN'");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> document(String instance) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("type", "about:blank");
        j.put("title", title);
        j.put("status", status);
        j.put("detail", getMessage());
        j.put("instance", instance);
        if (field != null) {
            j.put("field", field);
        }
        return j;
    }

    /**
     * A brief's or import's message names its key after the source name ("brief: audience.ages[1]: ..."): that
     * key becomes the problem's field.
     */
    public static Problem fromMessage(String source, String message) {
        String m = message == null ? "invalid input" : message;
        String rest = m.startsWith(source + ": ") ? m.substring(source.length() + 2) : m;
        int colon = rest.indexOf(": ");
        String field = colon > 0 && rest.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]-]+")
                ? rest.substring(0, colon)
                : null;
        return badRequest(field, m);
    }
}
