package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.cli.common.UserException;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Range;
import io.microscout.pricing.RateCard;
import io.microscout.tier.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a user's rate card (YAML or JSON), replacing MicroScout's:
 * <pre>
 * tiers:        {nano: {low: 10, high: 100}, micro: {low: 100, high: 500}, ...}   # all five, USD per photo post
 * deliverables: {instagram-post: {low: 1, high: 1}, instagram-reel: {low: 1.4, high: 1.5}, ...}  # all seven
 * countries:    {US: 1.0, DE: 0.9, other: 1.0}        # optional, replaces the country table
 * engagement:   {elasticity: 0.5, min: 0.5, max: 2.0, benchmarks: {instagram: {micro: 0.0158}}}   # optional
 * range_width:  0.25                                    # optional
 * </pre>
 * Errors name the key ("rates.yaml: tiers.micro.high must be a number").
 */
final class RateCardFile {
    private RateCardFile() {}

    static RateCard read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read the rate card: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserException(file + ": a rate card is a map with tiers and deliverables");
        }
        known(file, root, "", "tiers", "deliverables", "countries", "engagement", "range_width");
        RateCard d = RateCard.defaults();
        try {
            Map<Tier, Range> tiers = new EnumMap<>(Tier.class);
            for (Iterator<String> it = section(file, root, "tiers").fieldNames(); it.hasNext(); ) {
                String k = it.next();
                tiers.put(
                        parse(file, "tiers." + k, () -> Tier.parse(k)),
                        range(file, root.get("tiers").get(k), "tiers." + k));
            }
            Map<Deliverable, Range> formats = new EnumMap<>(Deliverable.class);
            for (Iterator<String> it = section(file, root, "deliverables").fieldNames(); it.hasNext(); ) {
                String k = it.next();
                formats.put(
                        parse(file, "deliverables." + k, () -> Deliverable.parse(k)),
                        range(file, root.get("deliverables").get(k), "deliverables." + k));
            }
            Map<String, Double> countries = new HashMap<>(d.countryFactors());
            double other = d.otherCountryFactor();
            if (root.has("countries")) {
                countries.clear();
                for (Iterator<String> it = section(file, root, "countries").fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    double f = number(file, root.get("countries").get(k), "countries." + k);
                    if (k.equalsIgnoreCase("other")) {
                        other = f;
                    } else {
                        countries.put(k.toUpperCase(Locale.ROOT), f);
                    }
                }
            }
            JsonNode e = root.path("engagement");
            known(file, e, "engagement.", "elasticity", "min", "max", "benchmarks");
            Map<Platform, Map<Tier, Double>> benchmarks = new EnumMap<>(Platform.class);
            benchmarks.putAll(d.engagementBenchmarks());
            for (Iterator<String> it = e.path("benchmarks").fieldNames(); it.hasNext(); ) {
                String p = it.next();
                Map<Tier, Double> byTier = new EnumMap<>(Tier.class);
                for (Iterator<String> t = e.get("benchmarks").get(p).fieldNames(); t.hasNext(); ) {
                    String k = t.next();
                    String key = "engagement.benchmarks." + p + "." + k;
                    byTier.put(
                            parse(file, key, () -> Tier.parse(k)),
                            number(file, e.get("benchmarks").get(p).get(k), key));
                }
                benchmarks.put(parse(file, "engagement.benchmarks." + p, () -> Platform.parse(p)), byTier);
            }
            double elasticity = e.has("elasticity")
                    ? number(file, e.get("elasticity"), "engagement.elasticity")
                    : d.engagementElasticity();
            Range limits = Range.of(
                    e.has("min")
                            ? number(file, e.get("min"), "engagement.min")
                            : d.engagementFactorLimits().low(),
                    e.has("max")
                            ? number(file, e.get("max"), "engagement.max")
                            : d.engagementFactorLimits().high());
            double width =
                    root.has("range_width") ? number(file, root.get("range_width"), "range_width") : d.rangeWidth();
            return new RateCard(
                    tiers, formats, countries, other, benchmarks, elasticity, limits, width, file.toString());
        } catch (IllegalArgumentException ex) {
            throw new UserException(file + ": " + ex.getMessage());
        }
    }

    private static JsonNode section(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || !n.isObject()) {
            throw new UserException(file + ": " + key + " is missing or not a map");
        }
        return n;
    }

    private static void known(Path file, JsonNode node, String prefix, String... keys) {
        java.util.List<String> k = java.util.List.of(keys);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!k.contains(f)) {
                throw new UserException(file + ": unknown key " + prefix + f + "; expected one of " + k);
            }
        }
    }

    private static Range range(Path file, JsonNode node, String key) {
        if (node == null || !node.isObject()) {
            throw new UserException(file + ": " + key + " must be a map with low and high");
        }
        known(file, node, key + ".", "low", "high");
        double low = number(file, node.get("low"), key + ".low");
        double high = number(file, node.get("high"), key + ".high");
        if (!(low > 0) || high < low) {
            throw new UserException(file + ": " + key + " needs 0 < low <= high, got " + low + ".." + high);
        }
        return Range.of(low, high);
    }

    private static double number(Path file, JsonNode node, String key) {
        if (node == null || !node.isNumber()) {
            throw new UserException(file + ": " + key + " must be a number");
        }
        return node.asDouble();
    }

    private static <T> T parse(Path file, String key, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UserException(file + ": " + key + ": " + e.getMessage());
        }
    }
}
