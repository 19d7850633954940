package io.microscout.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Default price multipliers by the creator's country.
 *
 * <p><b>MicroScout's assumption</b>, not a published table: the public sources (docs/sources.md, "Cost") only say that Upfluence prices from
 * followers, engagement, country and history, without figures. The groups follow how far advertising
 * prices in a market sit below the US; replace them with your own card when you know your market.
 */
final class CountryFactors {
    private CountryFactors() {}

    static Map<String, Double> defaults() {
        Map<String, Double> m = new HashMap<>();
        put(
                m,
                1.00,
                List.of(
                        "US", "CA", "GB", "AU", "NZ", "CH", "NO", "DK", "SE", "IE", "NL", "DE", "AT", "BE", "FI", "LU",
                        "IS"));
        put(m, 0.85, List.of("FR", "IT", "ES", "PT", "JP", "KR", "SG", "AE", "IL", "HK", "TW"));
        put(m, 0.60, List.of("PL", "CZ", "GR", "HU", "RO", "MX", "BR", "AR", "CL", "ZA", "TR", "MY", "SA"));
        put(m, 0.40, List.of("IN", "ID", "PH", "VN", "NG", "EG", "PK", "CO", "PE", "KE", "TH", "BD"));
        return m;
    }

    private static void put(Map<String, Double> m, double factor, List<String> countries) {
        for (String c : countries) {
            m.put(c, factor);
        }
    }
}
