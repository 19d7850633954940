package io.microscout.discovery.evaluation;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.discovery.CreatorProfile;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog written by {@code microscout generate} (creators.csv, posts.csv) with its ground-truth.csv, read for
 * evaluation: profiles as discovery sees them, and a labelled set with one brief per niche where the creator's
 * primary niche has grade 2 and a secondary niche grade 1.
 */
final class GeneratedCatalog {
    final List<CreatorProfile> profiles = new ArrayList<>();
    final Map<CreatorKey, Map<String, String>> truth = new LinkedHashMap<>();

    GeneratedCatalog(Path dir) throws IOException {
        Map<CreatorKey, List<Post>> posts = new HashMap<>();
        for (Map<String, String> r : CsvTable.rows(dir.resolve("posts.csv"), StandardCharsets.UTF_8)) {
            CreatorKey key = CreatorKey.of(Platform.parse(r.get("platform")), r.get("handle"));
            String caption = r.get("caption");
            posts.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Post(
                            key,
                            r.get("post_id"),
                            Instant.parse(r.get("published_at")),
                            PostFormat.parse(r.get("format")),
                            caption,
                            CaptionSignals.hashtags(caption),
                            CaptionSignals.mentions(caption),
                            number(r.get("likes")),
                            number(r.get("comments")),
                            number(r.get("views")),
                            null,
                            null,
                            Boolean.parseBoolean(r.get("sponsored")),
                            null));
        }
        for (Map<String, String> r : CsvTable.rows(dir.resolve("creators.csv"), StandardCharsets.UTF_8)) {
            CreatorKey key = CreatorKey.of(Platform.parse(r.get("platform")), r.get("handle"));
            Creator c = Creator.builder(key)
                    .displayName(r.get("name"))
                    .biography(r.get("bio"))
                    .followers(number(r.get("followers")))
                    .countryCode(r.get("country"))
                    .languageCode(r.get("language"))
                    .build();
            profiles.add(new CreatorProfile(c, posts.getOrDefault(key, List.of()), null, null, null));
        }
        for (Map<String, String> r : CsvTable.rows(dir.resolve("ground-truth.csv"), StandardCharsets.UTF_8)) {
            truth.put(CreatorKey.of(Platform.parse(r.get("platform")), r.get("handle")), r);
        }
    }

    LabelledSet nicheSet() {
        Map<CreatorKey, List<String>> niches = new LinkedHashMap<>();
        truth.forEach((k, r) -> niches.put(
                k,
                r.get("secondary_niche").isBlank()
                        ? List.of(r.get("primary_niche"))
                        : List.of(r.get("primary_niche"), r.get("secondary_niche"))));
        return CategoryLabels.byNiche(
                "generated catalog", "ground-truth.csv: primary niche grade 2, secondary grade 1", niches, 1);
    }

    /**
     * Harder briefs: a niche and a value ("vegan beauty"). Relevant: creators of that niche (primary 2, secondary 1)
     * who hold that value in the ground truth; a niche creator without the value is not relevant.
     */
    LabelledSet nicheAndValueSet(int minRelevant) {
        return nicheAndValueSet(minRelevant, null);
    }

    /** The same, with the briefs weighting values as given (null: the default weight). */
    LabelledSet nicheAndValueSet(int minRelevant, Double valuesWeight) {
        Map<String, Map<CreatorKey, Integer>> pairs = new java.util.TreeMap<>();
        truth.forEach((k, r) -> {
            for (String v : r.get("values").split("\\|")) {
                if (v.isBlank()) {
                    continue;
                }
                String value = io.microscout.niche.ValueThemes.normalize(v);
                pairs.computeIfAbsent(r.get("primary_niche") + "+" + value, x -> new HashMap<>())
                        .put(k, 2);
                if (!r.get("secondary_niche").isBlank()) {
                    pairs.computeIfAbsent(r.get("secondary_niche") + "+" + value, x -> new HashMap<>())
                            .putIfAbsent(k, 1);
                }
            }
        });
        List<LabelledCase> cases = new ArrayList<>();
        pairs.forEach((pair, grades) -> {
            if (grades.size() >= minRelevant) {
                String[] nv = pair.split("\\+");
                var n = io.microscout.niche.NicheTaxonomy.get(nv[0]);
                io.microscout.brief.Brief b = CategoryLabels.nicheBrief(n);
                cases.add(new LabelledCase(
                        pair,
                        new io.microscout.brief.Brief(
                                null,
                                b.product(),
                                b.keywords(),
                                b.niches(),
                                null,
                                b.tiers(),
                                null,
                                null,
                                List.of(nv[1]),
                                null,
                                null,
                                null,
                                null,
                                valuesWeight == null
                                        ? null
                                        : new io.microscout.brief.BriefWeights(
                                                Map.of(io.microscout.brief.FitComponent.VALUES, valuesWeight)),
                                null),
                        grades));
            }
        });
        return new LabelledSet("generated catalog, niche + value", "ground truth: niche and value both held", cases);
    }

    private static Long number(String s) {
        return s == null || s.isBlank() ? null : Long.parseLong(s);
    }
}
