package io.microscout.outreach;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with {@code {{placeholder}}} slots ({@link Placeholder}). Checked when it is made: an unknown or
 * unclosed placeholder is refused with its name and line, so a template that is stored always renders.
 */
public record MessageTemplate(String name, String subject, String body) {
    private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    public MessageTemplate {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException(
                    "a template name is 1-100 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        if (subject == null || subject.isBlank() || subject.contains("\n")) {
            throw new IllegalArgumentException("template '" + name + "': the subject is one line of text");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("template '" + name + "': the body is empty");
        }
        check(name, "subject", subject);
        check(name, "body", body);
    }

    private static void check(String name, String part, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = SLOT.matcher(line);
            while (m.find()) {
                if (Placeholder.find(m.group(1)).isEmpty()) {
                    throw new IllegalArgumentException("template '" + name + "', " + part + " line " + (i + 1)
                            + ": unknown placeholder {{" + m.group(1) + "}}; the placeholders are "
                            + Placeholder.list());
                }
            }
            String rest = SLOT.matcher(line).replaceAll("");
            if (rest.contains("{{") || rest.contains("}}")) {
                throw new IllegalArgumentException("template '" + name + "', " + part + " line " + (i + 1)
                        + ": a placeholder is not closed (write {{name}})");
            }
        }
    }

    /** The placeholders the template uses. */
    public Set<Placeholder> uses() {
        Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        for (String text : new String[] {subject, body}) {
            Matcher m = SLOT.matcher(text);
            while (m.find()) {
                used.add(Placeholder.find(m.group(1)).orElseThrow());
            }
        }
        return used;
    }

    /** Subject and body with every placeholder filled; a value the template needs and lacks is an error. */
    public Rendered render(Map<Placeholder, String> values) {
        for (Placeholder p : uses()) {
            String v = values.get(p);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("template '" + name + "' uses {{" + p.id() + "}} (" + p.meaning()
                        + ") but there is no value for it");
            }
        }
        return new Rendered(fill(subject, values).replace('\n', ' '), fill(body, values));
    }

    private static String fill(String text, Map<Placeholder, String> values) {
        return SLOT.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        values.get(Placeholder.find(m.group(1)).orElseThrow())));
    }

    /** A filled-in template. */
    public record Rendered(String subject, String body) {}
}
