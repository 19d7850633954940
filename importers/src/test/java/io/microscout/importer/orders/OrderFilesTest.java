package io.microscout.importer.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.campaign.Order;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderFilesTest {
    static final Map<String, String> FILL = Map.of(
            "{{CODE_A}}", "ZOEHBEAUTY26",
            "{{CODE_B}}", "RYANJWELLNES26",
            "{{PLATFORM_A}}", "instagram",
            "{{PLATFORM_B}}", "tiktok",
            "{{HANDLE_A}}", "zoe.h.beauty",
            "{{HANDLE_B}}", "ryan.j.wellness",
            "{{SLUG}}", "spring-launch-2026");

    static String fixture(String name) throws Exception {
        String text = Files.readString(Path.of("importers/src/test/resources/fixtures/orders", name));
        for (var e : FILL.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    static OrderRead read(String name, OrderFormat format, Map<String, String> map) throws Exception {
        return OrderFiles.read(name, new StringReader(fixture(name)), format, OrderColumns.of(format, map));
    }

    @Test
    void shopifyLineItemsFoldIntoOneOrderWithItsCodeAndNoteAttributes() throws Exception {
        OrderRead r = read("shopify-orders.csv", OrderFormat.SHOPIFY, Map.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.orders()).extracting(Order::reference).containsExactly("#1001", "#1002", "#1003", "#1004");
        Order first = r.orders().get(0);
        assertThat(first.totalCents()).isEqualTo(5_900);
        assertThat(first.discountCodes()).containsExactly("ZOEHBEAUTY26");
        assertThat(first.placedAt()).hasToString("2026-11-03T19:22:10Z");
        assertThat(r.orders().get(1).utm().content()).isEqualTo("ryan.j.wellness");
        assertThat(r.orders().get(1).utm().campaign()).isEqualTo("spring-launch-2026");
        assertThat(r.orders().get(2).counted()).as("refunded").isFalse();
        assertThat(r.orders().get(3).utm().source()).as("from the Landing Site").isEqualTo("newsletter");
    }

    @Test
    void wooCommerceCouponItemsAndAttributionMeta() throws Exception {
        OrderRead r = read("woocommerce-orders.csv", OrderFormat.WOOCOMMERCE, Map.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.orders()).hasSize(4);
        assertThat(r.orders().get(0).utm().content()).isEqualTo("zoe.h.beauty");
        assertThat(r.orders().get(0).totalCents()).isEqualTo(8_950);
        assertThat(r.orders().get(1).discountCodes()).containsExactly("RYANJWELLNES26");
        assertThat(r.orders().get(2).counted()).as("cancelled").isFalse();
    }

    @Test
    void anyCsvThroughAMappingAndBadRowsNamedByLineAndColumn() throws Exception {
        String csv = "Order ID,Amount,Date,Coupon\nA-1,19.90,2026-11-01,SPRING\nA-2,lots,2026-11-01,\n"
                + "A-3,5.00,yesterday,\n";
        OrderColumns columns = OrderColumns.of(
                OrderFormat.CSV, Map.of("order", "Order ID", "total", "Amount", "created", "Date", "code", "Coupon"));
        OrderRead r = OrderFiles.read("shop.csv", new StringReader(csv), OrderFormat.CSV, columns);
        assertThat(r.orders()).extracting(Order::reference).containsExactly("A-1");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "shop.csv:line 3: field 'Amount': 'lots' is not an amount (expected e.g. 59.00)",
                        "shop.csv:line 4: field 'Date': 'yesterday' is not a time (expected e.g. 2026-11-03 "
                                + "14:22:10 -0500, 2026-11-03 14:22:10 (UTC) or 2026-11-03)");
    }

    @Test
    void aMissingColumnOrMappingIsSaidInPlainWords() throws Exception {
        OrderRead r = OrderFiles.read(
                "x.csv",
                new StringReader("Order,Sum\n1,2\n"),
                OrderFormat.SHOPIFY,
                OrderColumns.of(OrderFormat.SHOPIFY, Map.of()));
        assertThat(r.problems().get(0).toString()).contains("x.csv:line 1: field 'Name': the column is missing");
        assertThatThrownBy(() -> OrderColumns.of(OrderFormat.CSV, Map.of("order", "A")))
                .hasMessageContaining("the order fields 'total', 'created' need a column each");
        assertThatThrownBy(() -> OrderColumns.of(OrderFormat.CSV, Map.of("email", "E")))
                .hasMessageContaining("unknown order field 'email'");
    }
}
