package io.microscout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.metrics.MetricsWindow;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * MicroScout's settings: the tier scheme and the metrics window. Each comes from its command-line option, else
 * from {@code <home>/settings.yaml}, else the default (scheme {@code microscout}, window {@code 30posts}):
 * <pre>
 * tierScheme: industry        # a built-in name (microscout, industry, tides, gan2019) or a YAML file:
 *                             #   name: mine
 *                             #   starts: {nano: 0, micro: 10000, mid: 100000, macro: 500000, mega: 1000000}
 * metricsWindow: 30posts      # or e.g. 90days
 * </pre>
 */
public record Settings(TierScheme tierScheme, MetricsWindow metricsWindow) {
    public static final String FILE = "settings.yaml";
    /** Built on first use: Jackson's start was a sixth of a read command on a home without a settings file. */
    private static final class Yaml {
        static final ObjectMapper READER = new ObjectMapper(new YAMLFactory());
    }

    public static Settings defaults() {
        return new Settings(TierScheme.microscoutDefault(), MetricsWindow.defaults());
    }

    /** Options win over the home's settings file, which wins over the defaults. */
    public static Settings load(Path home, String tierSchemeOption, String metricsWindowOption) {
        JsonNode file = readSettingsFile(home.resolve(FILE));
        String scheme = tierSchemeOption != null ? tierSchemeOption : text(file, "tierScheme");
        String window = metricsWindowOption != null ? metricsWindowOption : text(file, "metricsWindow");
        return new Settings(
                scheme == null ? TierScheme.microscoutDefault() : tierScheme(scheme, home),
                window == null ? MetricsWindow.defaults() : MetricsWindow.parse(window));
    }

    /** A built-in scheme by name, or a scheme file (relative paths are taken from the home folder too). */
    static TierScheme tierScheme(String nameOrFile, Path home) {
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file) && Files.isRegularFile(home.resolve(nameOrFile))) {
            file = home.resolve(nameOrFile);
        }
        if (!Files.isRegularFile(file)) {
            return TierScheme.named(nameOrFile);
        }
        JsonNode node = readSettingsFile(file);
        JsonNode starts = node == null ? null : node.get("starts");
        if (starts == null || !starts.isObject()) {
            throw new IllegalArgumentException(file + ": a tier scheme file needs 'starts:' mapping tiers to follower"
                    + " counts, e.g. starts: {nano: 0, micro: 10000, mid: 100000, macro: 500000, mega: 1000000}");
        }
        Map<Tier, Long> map = new EnumMap<>(Tier.class);
        for (Map.Entry<String, JsonNode> e : starts.properties()) {
            if (!e.getValue().canConvertToLong()) {
                throw new IllegalArgumentException(
                        file + ": starts." + e.getKey() + ": expected a follower count, got " + e.getValue());
            }
            map.put(Tier.parse(e.getKey()), e.getValue().asLong());
        }
        String name = text(node, "name");
        return new TierScheme(name == null ? file.getFileName().toString() : name, map);
    }

    private static JsonNode readSettingsFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Yaml.READER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable as YAML: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
