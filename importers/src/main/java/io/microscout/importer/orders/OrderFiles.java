package io.microscout.importer.orders;

import io.microscout.campaign.Order;
import io.microscout.campaign.Utm;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one order export into {@link Order}s (one per order: the line-item rows of an order are folded into it) and
 * the problems, each located by file, line and column, all of them (it does not stop at the first).
 */
public final class OrderFiles {
    /** Statuses of orders that brought no money: counted for nobody (Shopify and WooCommerce spellings). */
    static final Set<String> NOT_COUNTED = Set.of(
            "refunded",
            "voided",
            "cancelled",
            "canceled",
            "failed",
            "pending",
            "on-hold",
            "expired",
            "trash",
            "draft",
            "checkout-draft");

    private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private OrderFiles() {}

    public static OrderRead read(Path file, OrderFormat format, Map<String, String> mapping) throws IOException {
        OrderColumns columns = OrderColumns.of(format, mapping);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in, format, columns);
        }
    }

    public static OrderRead read(String name, Reader in, OrderFormat format, OrderColumns columns) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Order> orders = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.of(name, in, ',', CsvTable.Spaces.TRIMMED)) {
            Map<String, String> header = header(table.header(), columns, name, problems);
            if (!problems.isEmpty()) {
                return new OrderRead(List.of(), problems);
            }
            Set<String> bad = new HashSet<>();
            while (table.next()) {
                Row row = new Row(name, table.line(), table, header, problems);
                String ref = row.text("order");
                if (ref == null) {
                    row.problem("order", "no order reference");
                    continue;
                }
                if (orders.containsKey(ref) || bad.contains(ref)) {
                    continue; // a further line item of an order already read
                }
                int before = problems.size();
                Order o = row.order(ref, format);
                if (o != null && problems.size() == before) {
                    orders.put(ref, o);
                } else {
                    bad.add(ref);
                }
            }
        } catch (CsvTable.Malformed e) {
            problems.add(new ImportProblem(name, "line " + e.line, e.column, "not a readable CSV file: " + e.reason));
        }
        return new OrderRead(List.copyOf(orders.values()), problems);
    }

    /** Field -> the column name found in the file; a missing required column is a problem. */
    private static Map<String, String> header(
            List<String> names, OrderColumns columns, String file, List<ImportProblem> problems) {
        Map<String, String> found = new HashMap<>();
        columns.columns().forEach((field, candidates) -> {
            for (String c : candidates) {
                for (String n : names) {
                    if (n.trim().equalsIgnoreCase(c)) {
                        found.putIfAbsent(field, n);
                    }
                }
            }
            if (!found.containsKey(field) && OrderColumns.REQUIRED.contains(field)) {
                problems.add(new ImportProblem(
                        file,
                        "line 1",
                        String.join(" or ", candidates),
                        "the column is missing (the file has: " + String.join(", ", names) + ")"));
            }
        });
        return found;
    }

    /** One row, read field by field; each problem names its column. */
    private record Row(
            String file, long line, CsvTable record, Map<String, String> header, List<ImportProblem> problems) {

        String text(String field) {
            String column = header.get(field);
            String v = column == null ? null : record.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }

        void problem(String field, String message) {
            problems.add(new ImportProblem(file, "line " + line, header.getOrDefault(field, field), message));
        }

        Order order(String ref, OrderFormat format) {
            String totalText = text("total");
            String createdText = text("created");
            if (totalText == null) {
                problem("total", "the order's total is empty (its first row must carry it)");
                return null;
            }
            Long cents = cents(totalText);
            Instant created = createdText == null ? null : time(createdText);
            if (createdText == null) {
                problem("created", "the order's time is empty");
            }
            if (cents == null || created == null) {
                return null;
            }
            String status = text("status") == null ? "" : text("status").toLowerCase(Locale.ROOT);
            List<String> codes = codes(text("code"), format);
            Map<String, String> utm = utm();
            return new Order(
                    ref,
                    created,
                    cents,
                    codes,
                    new Utm(
                            utm.get("utm_source"),
                            utm.get("utm_medium"),
                            utm.get("utm_campaign"),
                            utm.get("utm_content")),
                    status,
                    !NOT_COUNTED.contains(status.startsWith("wc-") ? status.substring(3) : status));
        }

        Map<String, String> utm() {
            Map<String, String> u = new HashMap<>();
            String landing = text("landing");
            if (landing != null && landing.contains("?")) {
                for (String pair : landing.substring(landing.indexOf('?') + 1).split("[&#]")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.startsWith("utm_")) {
                        u.put(
                                pair.substring(0, eq),
                                java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            String note = text("note");
            if (note != null) {
                for (String l : note.split("\\R")) {
                    int colon = l.indexOf(':');
                    String k = colon > 0 ? l.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
                    if (k.startsWith("utm_")) {
                        u.put(k, l.substring(colon + 1).trim());
                    }
                }
            }
            for (String k : List.of("utm_source", "utm_medium", "utm_campaign", "utm_content")) {
                if (text(k) != null) {
                    u.put(k, text(k));
                }
            }
            return u;
        }

        List<String> codes(String text, OrderFormat format) {
            if (text == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (format == OrderFormat.WOOCOMMERCE && text.contains("code:")) {
                for (String item : text.split(";")) {
                    for (String part : item.split("\\|")) {
                        if (part.trim().startsWith("code:")) {
                            out.add(part.trim().substring(5));
                        }
                    }
                }
            } else {
                for (String c : text.split("[,;]")) {
                    out.add(c.trim());
                }
            }
            return out;
        }

        Long cents(String text) {
            String t = text.replaceAll("[$€£\\s]", "").replace(",", "");
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.signum() < 0) {
                    problem("total", "the total '" + text + "' is negative");
                    return null;
                }
                return v.setScale(2, java.math.RoundingMode.HALF_UP)
                        .movePointRight(2)
                        .longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem("total", "'" + text + "' is not an amount (expected e.g. 59.00)");
                return null;
            }
        }

        Instant time(String text) {
            try {
                return OffsetDateTime.parse(text, SHOPIFY_TIME).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
            try {
                return LocalDateTime.parse(text.replace('T', ' '), LOCAL_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next form
            }
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                problem(
                        "created",
                        "'" + text + "' is not a time (expected e.g. 2026-11-03 14:22:10 -0500, "
                                + "2026-11-03 14:22:10 (UTC) or 2026-11-03)");
                return null;
            }
        }
    }
}
