package io.microscout.web;

import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.campaign.PostedItem;
import io.microscout.cli.campaign.CampaignHtml;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign page's form for a posted item: which creator, the platform it was posted on, its URL, when (UTC), its
 * text (checked for a sponsorship disclosure) and the metrics the creator reports. Each field is checked; a field
 * in error is named beside its input and nothing is stored. Posted with the session's CSRF token like every form.
 */
final class CampaignPostForm {
    static final String[] FIELDS = {"creator", "platform", "url", "postedAt", "text", "impressions", "engagements"};

    /** What the form shows: the values entered, the errors by field, and a message after a recorded item. */
    record State(Map<String, String> values, Map<String, String> errors, String message) {
        static State empty() {
            return new State(Map.of(), Map.of(), null);
        }
    }

    /** A read form: the item when every field is right, else the errors by field. */
    record Read(Optional<PostedItem> item, State state) {}

    private CampaignPostForm() {}

    static Read read(Campaign campaign, Map<String, Object> form) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            Object o = form.get(f);
            v.put(f, o == null ? "" : String.valueOf(o).trim());
        }
        v.put("sponsored", form.containsKey("sponsored") ? "on" : "");
        Map<String, String> errors = new LinkedHashMap<>();
        CreatorKey creator = campaign.creators().stream()
                .map(CampaignCreator::creator)
                .filter(k -> k.toString().equals(v.get("creator")))
                .findFirst()
                .orElse(null);
        if (creator == null) {
            errors.put("creator", "choose one of the campaign's creators");
        }
        Platform platform = null;
        try {
            platform = Platform.parse(v.get("platform"));
        } catch (IllegalArgumentException e) {
            errors.put("platform", "choose the platform the item was posted on");
        }
        if (creator != null && platform != null && creator.platform() != platform) {
            errors.put("platform", creator + " posts on " + creator.platform().id() + ", not " + platform.id());
        }
        String url = v.get("url");
        if (!isWebAddress(url)) {
            errors.put("url", "give the post's address, starting with https:// or http://");
        }
        Instant postedAt = null;
        if (!v.get("postedAt").isEmpty()) {
            try {
                postedAt = LocalDateTime.parse(v.get("postedAt")).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.put("postedAt", "'" + v.get("postedAt") + "' is not a date and time (e.g. 2026-11-03T14:00)");
            }
        }
        Long impressions = count(v, "impressions", errors);
        Long engagements = count(v, "engagements", errors);
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), new State(v, errors, null));
        }
        PostedItem item = new PostedItem(
                creator,
                url,
                postedAt,
                v.get("text"),
                impressions,
                engagements,
                !v.get("sponsored").isEmpty());
        return new Read(Optional.of(item), new State(Map.of(), Map.of(), null));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Long count(Map<String, String> v, String field, Map<String, String> errors) {
        String text = v.get(field).replace(",", "");
        if (text.isEmpty()) {
            return null; // not reported
        }
        try {
            long n = Long.parseLong(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put(field, "'" + v.get(field) + "' is not a whole number of 0 or more (leave it empty when unknown)");
        return null;
    }

    /** The form as HTML; {@code action} is where it posts. */
    static String html(Campaign campaign, String action, String csrf, State s) {
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"post-form\"><h2>Record a posted item</h2>");
        if (s.message() != null) {
            b.append("<p class=\"notice\" role=\"status\">")
                    .append(CampaignHtml.esc(s.message()))
                    .append("</p>");
        }
        if (!s.errors().isEmpty()) {
            b.append("<p class=\"error\" role=\"alert\">Nothing was recorded: ")
                    .append(s.errors().size())
                    .append(s.errors().size() == 1 ? " field needs" : " fields need")
                    .append(" a change.</p>");
        }
        b.append("<form method=\"post\" action=\"")
                .append(CampaignHtml.esc(action))
                .append("\">")
                .append("<input type=\"hidden\" name=\"_csrf\" value=\"")
                .append(CampaignHtml.esc(csrf))
                .append("\">");
        StringBuilder options = new StringBuilder("<option value=\"\">(choose)</option>");
        for (CampaignCreator cc : campaign.creators()) {
            String k = cc.creator().toString();
            options.append("<option")
                    .append(k.equals(s.values().get("creator")) ? " selected" : "")
                    .append(">")
                    .append(CampaignHtml.esc(k))
                    .append("</option>");
        }
        field(b, s, "creator", "Creator", "<select id=\"post-creator\" name=\"creator\">" + options + "</select>");
        StringBuilder platforms = new StringBuilder("<option value=\"\">(choose)</option>");
        for (Platform p : Platform.values()) {
            platforms
                    .append("<option")
                    .append(p.id().equals(s.values().get("platform")) ? " selected" : "")
                    .append(">")
                    .append(p.id())
                    .append("</option>");
        }
        field(
                b,
                s,
                "platform",
                "Platform",
                "<select id=\"post-platform\" name=\"platform\">" + platforms + "</select>");
        field(b, s, "url", "URL", input("url", "url", s));
        field(b, s, "postedAt", "Posted at (UTC)", input("postedAt", "datetime-local", s));
        field(
                b,
                s,
                "text",
                "Text (caption or description)",
                "<textarea id=\"post-text\" name=\"text\" maxlength=\"20000\">"
                        + CampaignHtml.esc(s.values().getOrDefault("text", "")) + "</textarea>");
        field(b, s, "impressions", "Impressions", input("impressions", "text", s));
        field(b, s, "engagements", "Engagements (likes + comments)", input("engagements", "text", s));
        boolean sponsored = s.values().isEmpty()
                || !s.values().getOrDefault("sponsored", "").isEmpty();
        b.append("<p><label><input type=\"checkbox\" name=\"sponsored\"")
                .append(sponsored ? " checked" : "")
                .append("> Sponsored (checked for a disclosure)</label></p>")
                .append("<button type=\"submit\">Record</button></form></section>");
        return b.toString();
    }

    private static String input(String name, String type, State s) {
        return "<input id=\"post-" + name + "\" name=\"" + name + "\" type=\"" + type + "\" value=\""
                + CampaignHtml.esc(s.values().getOrDefault(name, "")) + "\""
                + (s.errors().containsKey(name) ? " aria-invalid=\"true\" aria-describedby=\"error-" + name + "\"" : "")
                + ">";
    }

    private static void field(StringBuilder b, State s, String name, String label, String control) {
        b.append("<p><label for=\"post-")
                .append(name)
                .append("\">")
                .append(label)
                .append("</label> ");
        b.append(control);
        String error = s.errors().get(name);
        if (error != null) {
            b.append(" <span class=\"error\" id=\"error-")
                    .append(name)
                    .append("\">")
                    .append(CampaignHtml.esc(error))
                    .append("</span>");
        }
        b.append("</p>");
    }
}
