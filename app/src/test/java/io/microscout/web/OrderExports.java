package io.microscout.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The shop exports a test imports: the Shopify and WooCommerce order files written by hand from their documented
 * columns (importers' fixtures, see their README), filled in with the codes, handles and slug of the campaign the
 * test made. Creator A: Shopify #1001 by code ($59.00) and WooCommerce 501 by UTM ($89.50); creator B: #1002 by
 * UTM ($120.00) and 502 by code ($75.90); #1003 / 503 brought no money; #1004 / 504 belong to nobody.
 */
final class OrderExports {
    static final double REVENUE_A = 59.00 + 89.50;
    static final double REVENUE_B = 120.00 + 75.90;

    private final Map<String, String> fill;

    /** @param a, b two creators of the campaign as its JSON gives them (platform, handle, promoCode) */
    OrderExports(JsonNode a, JsonNode b, String slug) {
        fill = Map.of(
                "{{CODE_A}}", a.get("promoCode").asText(),
                "{{CODE_B}}", b.get("promoCode").asText(),
                "{{PLATFORM_A}}", a.get("platform").asText(),
                "{{PLATFORM_B}}", b.get("platform").asText(),
                "{{HANDLE_A}}", a.get("handle").asText(),
                "{{HANDLE_B}}", b.get("handle").asText(),
                "{{SLUG}}", slug);
    }

    String shopify() throws IOException {
        return filled("shopify-orders.csv");
    }

    String woocommerce() throws IOException {
        return filled("woocommerce-orders.csv");
    }

    private String filled(String name) throws IOException {
        String text = Files.readString(Path.of("importers/src/test/resources/fixtures/orders", name));
        for (var e : fill.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }
}
