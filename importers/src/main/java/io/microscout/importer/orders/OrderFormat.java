package io.microscout.importer.orders;

import java.util.Locale;

/** The order exports MicroScout reads. */
public enum OrderFormat {
    SHOPIFY,
    WOOCOMMERCE,
    CSV;

    public static OrderFormat parse(String text) {
        for (OrderFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown order format '" + text + "'; expected shopify, woocommerce or csv");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
