package io.microscout.importer.audience;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.audience.AudienceKind;
import io.microscout.discovery.AudienceData;
import io.microscout.importer.ProblemLog;
import io.microscout.importer.json.JsonDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads an Instagram Graph API insights response with the audience metrics {@code follower_demographics} and
 * {@code engaged_audience_demographics} ({@code GET /{ig-user-id}/insights?metric=follower_demographics
 * &period=lifetime&metric_type=total_value&breakdown=country}, Meta's "Instagram User Insights" reference). Each
 * metric carries {@code total_value.breakdowns[]}, each with {@code dimension_keys} (country, city, age, gender)
 * and {@code results[]} of {@code dimension_values} and a count {@code value}; a breakdown over two keys (age and
 * gender) is summed per key. Other metrics in the response (reach, views) are skipped with a note: they are not
 * demographics. Counts become shares as {@link DemographicShares} says.
 */
final class InsightsDemographics {
    private InsightsDemographics() {}

    /** The audiences of the response per kind, or an empty map with problems. */
    static Map<AudienceKind, AudienceData> read(Path file, ProblemLog problems) throws IOException {
        Map<AudienceKind, AudienceData> out = new EnumMap<>(AudienceKind.class);
        JsonNode root = JsonDocument.read(file, problems).orElse(null);
        if (root == null) {
            return out;
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            problems.add("$.data", "data", "expected the insights response's array of metrics");
            return out;
        }
        int skipped = 0;
        for (int i = 0; i < data.size(); i++) {
            String at = JsonDocument.element("$.data", i);
            JsonNode metric = data.get(i);
            String name = metric.path("name").asText("");
            AudienceKind kind;
            try {
                kind = AudienceKind.parse(name);
            } catch (IllegalArgumentException e) {
                skipped++;
                continue;
            }
            DemographicShares shares = new DemographicShares();
            JsonNode breakdowns = metric.path("total_value").path("breakdowns");
            if (!breakdowns.isArray() || breakdowns.isEmpty()) {
                problems.add(
                        at + ".total_value.breakdowns",
                        "breakdowns",
                        "no breakdowns: ask for the metric with metric_type=total_value and breakdown=country"
                                + " (or age, gender)");
                continue;
            }
            for (int b = 0; b < breakdowns.size(); b++) {
                readBreakdown(
                        breakdowns.get(b), JsonDocument.element(at + ".total_value.breakdowns", b), shares, problems);
            }
            if (!shares.isEmpty()) {
                AudienceData audience = shares.fromCounts(at, problems);
                out.merge(kind, audience, InsightsDemographics::union);
            }
        }
        if (out.isEmpty() && problems.size() == 0) {
            problems.add(
                    "$.data",
                    "name",
                    "no audience demographics in this response (" + skipped + " other metric(s));"
                            + " expected follower_demographics or engaged_audience_demographics");
        }
        return out;
    }

    private static void readBreakdown(JsonNode breakdown, String at, DemographicShares shares, ProblemLog problems) {
        JsonNode keys = breakdown.path("dimension_keys");
        JsonNode results = breakdown.path("results");
        if (!keys.isArray() || keys.isEmpty() || !results.isArray()) {
            problems.add(at, "dimension_keys", "expected dimension_keys and results");
            return;
        }
        for (int r = 0; r < results.size(); r++) {
            String where = JsonDocument.element(at + ".results", r);
            JsonNode result = results.get(r);
            JsonNode values = result.path("dimension_values");
            JsonNode count = result.path("value");
            if (!values.isArray() || values.size() != keys.size()) {
                problems.add(where, "dimension_values", "expected " + keys.size() + " value(s), one per dimension key");
                continue;
            }
            if (!count.isIntegralNumber() || count.asLong() < 0) {
                problems.add(where, "value", "expected a whole count of 0 or more, found " + count);
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                shares.add(keys.get(k).asText(), values.get(k).asText(), count.asLong(), where, problems);
            }
        }
    }

    /** Two responses' breakdowns of one audience (a country call and an age call): each dimension from either. */
    static AudienceData union(AudienceData a, AudienceData b) {
        return new AudienceData(
                b.countries().isEmpty() ? a.countries() : b.countries(),
                b.languages().isEmpty() ? a.languages() : b.languages(),
                b.ages().isEmpty() ? a.ages() : b.ages(),
                b.genders().isEmpty() ? a.genders() : b.genders());
    }
}
