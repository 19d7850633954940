package io.microscout.brief;

import io.microscout.creator.CountryNames;
import io.microscout.creator.LanguageNames;
import io.microscout.creator.Platform;
import io.microscout.niche.NicheTaxonomy;
import io.microscout.niche.RiskTopics;
import io.microscout.niche.ValueThemes;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a brief from the tree a YAML or JSON parser gives (maps, lists, scalars). Strict: an unknown key or a bad
 * value is an error naming the file and the key. The keys are documented in docs/brief.md.
 */
public final class BriefReader {
    static final List<String> KEYS = List.of(
            "brand",
            "product",
            "keywords",
            "niches",
            "platforms",
            "tiers",
            "tierScheme",
            "audience",
            "values",
            "avoid",
            "budget",
            "goal",
            "filters",
            "weights",
            "planning");
    static final List<String> AUDIENCE = List.of("countries", "languages", "ages", "genders");
    static final List<String> AVOID = List.of("competitors", "topics", "terms");
    static final List<String> FILTERS = List.of("followers", "countries", "languages", "minAuthenticity", "exclude");
    static final List<String> FOLLOWERS = List.of("min", "max");
    static final List<String> PLANNING = List.of(
            "ctr",
            "conversionRate",
            "averageOrderValue",
            "maxSharePerCreator",
            "maxSharePerNiche",
            "maxSharePerPlatform",
            "minFit",
            "deliverables");

    private BriefReader() {}

    /** @param source the file name, used to prefix errors */
    public static Brief read(String source, Object tree) {
        Tree root = new Tree(source, "", tree == null ? Map.of() : tree);
        root.map(KEYS);
        String product = root.child("product").text();
        List<String> keywords = root.child("keywords").list(Tree::text);
        List<String> niches = root.child("niches")
                .list(t -> t.parsed(s -> NicheTaxonomy.get(s).id()));
        if (product == null && keywords.isEmpty() && niches.isEmpty()) {
            throw root.error("a brief needs at least one of product, keywords or niches");
        }
        Tree schemeNode = root.child("tierScheme");
        String scheme = schemeNode.parsed(s -> TierScheme.named(s).name());
        return new Brief(
                root.child("brand").text(),
                product,
                keywords,
                niches,
                new LinkedHashSet<>(root.child("platforms").list(t -> t.parsed(Platform::parse))),
                new LinkedHashSet<>(root.child("tiers").list(t -> t.parsed(Tier::parse))),
                scheme,
                audience(root.child("audience")),
                root.child("values").list(t -> t.parsed(BriefReader::value)),
                avoid(root.child("avoid")),
                root.child("budget").number(0, 1e12),
                root.child("goal").parsed(Goal::parse),
                filters(root.child("filters")),
                weights(root.child("weights")),
                planning(root.child("planning")));
    }

    private static AudienceTarget audience(Tree node) {
        if (node.isMissing()) {
            return AudienceTarget.any();
        }
        node.map(AUDIENCE);
        return new AudienceTarget(
                countries(node.child("countries")),
                languages(node.child("languages")),
                node.child("ages").list(t -> t.parsed(AgeBand::parse)),
                new LinkedHashSet<>(node.child("genders").list(t -> t.parsed(Gender::parse))));
    }

    private static Avoid avoid(Tree node) {
        if (node.isMissing()) {
            return Avoid.nothing();
        }
        node.map(AVOID);
        return new Avoid(
                node.child("competitors").list(Tree::text),
                new LinkedHashSet<>(node.child("topics").list(t -> t.parsed(BriefReader::riskTopic))),
                node.child("terms").list(Tree::text));
    }

    private static HardFilters filters(Tree node) {
        if (node.isMissing()) {
            return HardFilters.none();
        }
        node.map(FILTERS);
        Tree followers = node.child("followers");
        Double min = null;
        Double max = null;
        if (!followers.isMissing()) {
            followers.map(FOLLOWERS);
            min = followers.child("min").number(0, 1e13);
            max = followers.child("max").number(0, 1e13);
            if (min != null && max != null && max <= min) {
                throw followers.error("max (" + max.longValue() + ") must be above min (" + min.longValue() + ")");
            }
        }
        return new HardFilters(
                min == null ? null : min.longValue(),
                max == null ? null : max.longValue(),
                countries(node.child("countries")),
                languages(node.child("languages")),
                node.child("minAuthenticity").number(0, 100),
                node.child("exclude").list(Tree::text));
    }

    private static BriefWeights weights(Tree node) {
        if (node.isMissing()) {
            return BriefWeights.defaults();
        }
        Map<String, Object> m = node.map(BriefWeights.COMPONENTS);
        Map<FitComponent, Double> w = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            w.put(FitComponent.parse(key), node.child(key).number(0, 100));
        }
        if (!w.isEmpty()
                && w.values().stream().mapToDouble(Double::doubleValue).sum() == 0
                && w.size() == BriefWeights.COMPONENTS.size()) {
            throw node.error("all weights are 0; at least one must be positive");
        }
        return new BriefWeights(w);
    }

    private static PlanningKnobs planning(Tree node) {
        if (node.isMissing()) {
            return PlanningKnobs.defaults();
        }
        node.map(PLANNING);
        return new PlanningKnobs(
                node.child("ctr").number(0, 1),
                node.child("conversionRate").number(0, 1),
                node.child("averageOrderValue").number(0, 1e9),
                node.child("maxSharePerCreator").number(0, 1),
                node.child("maxSharePerNiche").number(0, 1),
                node.child("maxSharePerPlatform").number(0, 1),
                node.child("minFit").number(0, 1),
                node.child("deliverables").list(Tree::text));
    }

    private static Set<String> countries(Tree node) {
        return codes(node, CountryNames::code, "a country (expected an ISO code such as US, GB)");
    }

    private static Set<String> languages(Tree node) {
        return codes(node, LanguageNames::code, "a language (expected an ISO 639-1 code such as en)");
    }

    private static Set<String> codes(Tree node, java.util.function.Function<String, String> code, String what) {
        return new LinkedHashSet<>(node.list(t -> t.parsed(s -> {
            String c = code.apply(s);
            if (c == null) {
                throw new IllegalArgumentException("\"" + s + "\" is not " + what);
            }
            return c;
        })));
    }

    private static String value(String s) {
        String id = ValueThemes.normalize(s);
        if (!ValueThemes.isKnown(id)) {
            throw new IllegalArgumentException("\"" + s + "\" is not a value theme (expected one of "
                    + String.join(", ", ValueThemes.ids()) + ")");
        }
        return id;
    }

    private static String riskTopic(String s) {
        if (!RiskTopics.isKnown(s)) {
            throw new IllegalArgumentException("\"" + s + "\" is not a brand-safety topic (expected one of "
                    + String.join(", ", RiskTopics.ids()) + "; put other words under avoid.terms)");
        }
        return s.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
