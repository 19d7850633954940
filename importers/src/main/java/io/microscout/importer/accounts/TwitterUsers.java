package io.microscout.importer.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.authenticity.AccountProfile;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.csv.CsvTable;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Twitter API v1.1 user objects (developer.twitter.com, "User object", v1.1): {@code screen_name},
 * {@code followers_count}, {@code friends_count} (following), {@code statuses_count} (posts), {@code description}
 * (bio), {@code default_profile_image} (no picture of one's own), {@code protected} (private), {@code url}
 * (website) and {@code created_at} (account age).
 * <ul>
 *   <li>JSON: an array of user objects, of objects holding one under {@code user} (a tweet, or the Bot
 *       Repository's {@code {created_at, user}}), or an object with a {@code users} array (followers/list).</li>
 *   <li>CSV: one user per row, the API's field names as columns (the MIB / Cresci 2017 exports, where a false
 *       flag is an empty cell).</li>
 * </ul>
 * The account's age is counted up to when the profile was seen: the enclosing object's {@code created_at} (the
 * tweet that carried it), a {@code crawled_at} column, or else the file's last-modified time (the rule of every
 * import for a source without a time of its own). Each problem names file, position and field.
 */
public final class TwitterUsers {
    static final DateTimeFormatter TWITTER_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
    static final DateTimeFormatter CRAWL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TwitterUsers() {}

    /** JSON or CSV, told by the file name (.csv) or else by its first character. */
    public static AccountProfilesCsv.Read read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return readCsv(file);
        }
        return readJson(file);
    }

    public static AccountProfilesCsv.Read readJson(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root != null && root.isObject() && root.path("users").isArray()) {
            root = root.get("users");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(name + ": expected a JSON array of Twitter user objects "
                    + "(or of objects with a 'user'), or an object with a 'users' array");
        }
        Instant saved = Files.getLastModifiedTime(file).toInstant();
        List<AccountProfilesCsv.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root) {
            String where = "[" + index + "]";
            index++;
            JsonNode user = n.path("user").isObject() ? n.get("user") : n;
            Instant seen = saved;
            if (user != n && n.hasNonNull("created_at")) {
                seen = time(n.get("created_at").asText(), name, where + ".created_at", problems);
            }
            String prefix = user != n ? where + ".user" : where;
            Fields f = new Fields(name, prefix, problems);
            AccountProfile p = f.profile(
                    text(user, "screen_name"),
                    count(user, "followers_count", f),
                    count(user, "friends_count", f),
                    count(user, "statuses_count", f),
                    text(user, "description"),
                    bool(user, "default_profile_image", f),
                    bool(user, "protected", f),
                    text(user, "url"),
                    text(user, "created_at"),
                    seen);
            if (p != null && f.ok) {
                rows.add(new AccountProfilesCsv.Row(
                        index, index, p, text(user, "id_str") != null ? text(user, "id_str") : text(user, "id")));
            }
        }
        return new AccountProfilesCsv.Read(rows, problems);
    }

    public static AccountProfilesCsv.Read readCsv(Path file) throws IOException {
        String name = file.getFileName().toString();
        Instant saved = Files.getLastModifiedTime(file).toInstant();
        List<AccountProfilesCsv.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, StandardCharsets.UTF_8)) {
            List<String> header = r.header();
            for (String needed : List.of("screen_name", "followers_count", "friends_count", "statuses_count")) {
                if (!header.contains(needed)) {
                    throw new IllegalArgumentException(name + ": not a CSV of Twitter user fields: column '" + needed
                            + "' is missing (it has " + header + ")");
                }
            }
            int row = 0;
            while (r.next()) {
                row++;
                long line = r.line();
                String where = "line " + line;
                Fields f = new Fields(name, where, problems);
                Instant seen = saved;
                String crawled = cell(r, "crawled_at");
                if (crawled != null) {
                    seen = crawlTime(crawled, name, where, problems);
                }
                AccountProfile p = f.profile(
                        cell(r, "screen_name"),
                        f.count("followers_count", cell(r, "followers_count")),
                        f.count("friends_count", cell(r, "friends_count")),
                        f.count("statuses_count", cell(r, "statuses_count")),
                        description(r),
                        csvFlag(r, "default_profile_image", f),
                        csvFlag(r, "protected", f),
                        cell(r, "url"),
                        cell(r, "created_at"),
                        seen);
                if (p != null && f.ok) {
                    rows.add(new AccountProfilesCsv.Row(row, line, p, cell(r, "id")));
                }
            }
        }
        return new AccountProfilesCsv.Read(rows, problems);
    }

    /** The cells and checks shared by both shapes. */
    private static final class Fields {
        final String file;
        final String where;
        final List<ImportProblem> problems;
        boolean ok = true;

        Fields(String file, String where, List<ImportProblem> problems) {
            this.file = file;
            this.where = where;
            this.problems = problems;
        }

        void fail(String field, String message) {
            ok = false;
            problems.add(new ImportProblem(file, where, field, message));
        }

        Long count(String field, String text) {
            if (text == null || text.isBlank() || "NULL".equals(text)) {
                return null;
            }
            try {
                long v = Long.parseLong(text.trim());
                if (v < 0) {
                    fail(field, "\"" + text + "\" is negative");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                fail(field, "\"" + text + "\" is not a whole number");
                return null;
            }
        }

        AccountProfile profile(
                String screenName,
                Long followers,
                Long following,
                Long posts,
                String description,
                Boolean defaultImage,
                Boolean isProtected,
                String url,
                String createdAt,
                Instant seen) {
            Double ageDays = null;
            if (createdAt != null && seen != null) {
                Instant created = time(createdAt, file, where, problems);
                if (created == null) {
                    ok = false;
                } else {
                    ageDays = Math.max(0, Duration.between(created, seen).toHours() / 24.0);
                }
            }
            if (!ok) {
                return null;
            }
            return new AccountProfile(
                    screenName,
                    followers,
                    following,
                    posts,
                    description == null ? null : AccountProfile.biographyLengthOf(description),
                    defaultImage == null ? null : !defaultImage,
                    isProtected,
                    null,
                    null,
                    null,
                    url == null ? Boolean.FALSE : !url.isBlank(),
                    ageDays);
        }
    }

    private static Instant time(String text, String file, String where, List<ImportProblem> problems) {
        try {
            return ZonedDateTime.parse(text.trim(), TWITTER_TIME).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(
                    file,
                    where,
                    "created_at",
                    "\"" + text + "\" is not a Twitter time such as \"Sun Jul 05 01:14:40 +0000 2009\""));
            return null;
        }
    }

    private static Instant crawlTime(String text, String file, String where, List<ImportProblem> problems) {
        try {
            return java.time.LocalDateTime.parse(text.trim(), CRAWL_TIME).toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(
                    file, where, "crawled_at", "\"" + text + "\" is not a time such as \"2015-05-02 06:41:46\""));
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long count(JsonNode n, String field, Fields f) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong()) {
            f.fail(field, v + " is not a whole number");
            return null;
        }
        return f.count(field, v.asText());
    }

    private static Boolean bool(JsonNode n, String field, Fields f) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            f.fail(field, v + " is not true or false");
            return null;
        }
        return v.asBoolean();
    }

    private static String cell(CsvTable r, String column) {
        String v = r.get(column);
        return v == null || v.isEmpty() || "NULL".equals(v) ? null : v;
    }

    /** The description column: an empty cell is an empty bio (known, length 0). */
    private static String description(CsvTable r) {
        String v = r.get("description");
        return "NULL".equals(v) ? "" : v;
    }

    /** The MIB export writes true as 1 and false as an empty cell; a column that is absent is unknown. */
    private static Boolean csvFlag(CsvTable r, String column, Fields f) {
        if (!r.has(column)) {
            return null;
        }
        String v = r.cell(column).trim();
        switch (v.toLowerCase(Locale.ROOT)) {
            case "":
            case "0":
            case "false":
            case "null":
                return false;
            case "1":
            case "true":
                return true;
            default:
                f.fail(column, "\"" + v + "\" is not 1, 0, true, false or empty");
                return null;
        }
    }
}
