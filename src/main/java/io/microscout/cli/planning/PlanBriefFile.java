package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.cli.UserException;
import io.microscout.creator.Platform;
import io.microscout.planning.Objective;
import io.microscout.planning.PlanBrief;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what planning needs from a brief file (YAML or JSON): top-level {@code brand}, {@code budget},
 * {@code goal}, {@code platforms}, {@code tiers}, and a {@code planning} section (keys below). Other top-level
 * keys belong to the brief parser and are left alone; an unknown key in {@code planning} is an error.
 */
final class PlanBriefFile {
    static final Set<String> PLANNING_KEYS = Set.of("objective", "ctr", "cvr", "aov", "max_share_per_creator",
            "max_share_per_niche", "max_share_per_platform", "min_authenticity", "min_fit", "deliverables");

    private PlanBriefFile() {
    }

    static PlanBrief read(Path file, Double budgetOverride, Objective objectiveOverride) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read the brief: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserException(file + ": a brief is a map of keys (YAML or JSON)");
        }
        JsonNode planning = root.path("planning");
        if (!planning.isMissingNode() && !planning.isObject()) {
            throw new UserException(file + ": planning must be a map");
        }
        for (Iterator<String> it = planning.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!PLANNING_KEYS.contains(key)) {
                throw new UserException(file + ": unknown key planning." + key + "; expected one of " + new java.util.TreeSet<>(PLANNING_KEYS));
            }
        }
        Double budget = budgetOverride != null ? budgetOverride : number(file, root, "budget");
        if (budget == null) {
            throw new UserException(file + ": no budget: set budget in the brief or --budget");
        }
        Objective objective = objectiveOverride;
        if (objective == null) {
            String o = text(planning, "objective") != null ? text(planning, "objective") : text(root, "goal");
            objective = o == null ? Objective.SALES : parse(file, "goal", o, Objective::parse);
        }
        String name = text(root, "brand") == null ? file.getFileName().toString() : text(root, "brand");
        try {
            return new PlanBrief(name, budget, objective, number(file, planning, "ctr"), number(file, planning, "cvr"),
                    number(file, planning, "aov"), number(file, planning, "max_share_per_creator"),
                    number(file, planning, "max_share_per_niche"), number(file, planning, "max_share_per_platform"),
                    number(file, planning, "min_authenticity"), number(file, planning, "min_fit"),
                    set(file, root, "platforms", Platform::parse), set(file, root, "tiers", Tier::parse),
                    set(file, planning, "deliverables", Deliverable::parse));
        } catch (IllegalArgumentException e) {
            throw new UserException(file + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(Path file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        String t = v.asText().trim().replace(",", "").replace("$", "");
        try {
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new UserException(file + ": " + key + " must be a number, got '" + v.asText() + "'");
        }
    }

    private static <T> Set<T> set(Path file, JsonNode node, String key, Function<String, T> parse) {
        JsonNode v = node.get(key);
        Set<T> out = new HashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            out.add(parse(file, key, v.asText(), parse));
            return out;
        }
        for (JsonNode e : v) {
            out.add(parse(file, key, e.asText(), parse));
        }
        return out;
    }

    private static <T> T parse(Path file, String key, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(file + ": " + key + ": " + e.getMessage());
        }
    }
}
