package io.microscout.importer.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a file holds each order field, per format.
 *
 * <p>Shopify's order export (Shopify Help Center, "Exporting orders",
 * help.shopify.com/en/manual/fulfillment/managing-orders/exporting-orders): one row per line item; the order's own
 * fields (Financial Status, Total, Discount Code, Created at, Note Attributes) on its first row, later rows repeat
 * its Name. Note Attributes are "name: value" lines; a storefront that records UTM parameters there
 * (utm_source: instagram) is read, as is a Landing Site URL with UTM parameters.
 *
 * <p>WooCommerce's order export (WooCommerce docs, "Customer / Order / Coupon Export",
 * woocommerce.com/document/ordercustomer-csv-export/, default column names): order_number, order_date, status,
 * order_total, coupon_items ("code:SPRING10|amount:5.00;code:..."), and order meta as "meta:KEY" columns; WooCommerce's
 * order attribution (woocommerce.com/document/order-attribution-tracking/) keeps the UTM values in the meta keys
 * {@code _wc_order_attribution_utm_source}, {@code _utm_medium}, {@code _utm_campaign}, {@code _utm_content}.
 *
 * <p>Any other CSV: {@code --map order=COLUMN,total=COLUMN,created=COLUMN[,code=,status=,utm_source=,utm_medium=,
 * utm_campaign=,utm_content=]}.
 */
public record OrderColumns(Map<String, List<String>> columns) {
    public static final List<String> FIELDS = List.of(
            "order",
            "total",
            "created",
            "code",
            "status",
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_content",
            "note",
            "landing");
    /** In the order the message names them (a Set.of would name another first on every JVM start). */
    static final List<String> REQUIRED = List.of("order", "total", "created");

    public static OrderColumns of(OrderFormat format, Map<String, String> mapping) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        switch (format) {
            case SHOPIFY -> {
                c.put("order", List.of("Name"));
                c.put("total", List.of("Total"));
                c.put("created", List.of("Created at"));
                c.put("code", List.of("Discount Code"));
                c.put("status", List.of("Financial Status"));
                c.put("note", List.of("Note Attributes"));
                c.put("landing", List.of("Landing Site"));
            }
            case WOOCOMMERCE -> {
                c.put("order", List.of("order_number", "order_id"));
                c.put("total", List.of("order_total"));
                c.put("created", List.of("order_date"));
                c.put("code", List.of("coupon_items"));
                c.put("status", List.of("status"));
                for (String u : List.of("source", "medium", "campaign", "content")) {
                    c.put("utm_" + u, List.of("meta:_wc_order_attribution_utm_" + u, "_wc_order_attribution_utm_" + u));
                }
            }
            case CSV -> {
                if (mapping.isEmpty()) {
                    throw new IllegalArgumentException("--format csv needs --map order=COLUMN,total=COLUMN,"
                            + "created=COLUMN (and optionally code, status, utm_source, utm_medium, utm_campaign, "
                            + "utm_content)");
                }
            }
        }
        mapping.forEach((field, column) -> {
            String f = field.trim().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                        "--map: unknown order field '" + field + "'; known: " + String.join(", ", FIELDS));
            }
            c.put(f, List.of(column.trim()));
        });
        List<String> missing = REQUIRED.stream().filter(r -> !c.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("--map: the order field" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " need"
                    + (missing.size() > 1 ? "" : "s") + " a column each");
        }
        return new OrderColumns(c);
    }
}
