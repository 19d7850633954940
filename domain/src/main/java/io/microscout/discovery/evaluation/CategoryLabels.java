package io.microscout.discovery.evaluation;

import io.microscout.brief.Brief;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.niche.Niche;
import io.microscout.niche.NicheTaxonomy;
import io.microscout.tier.Tier;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labelled set built from the category each source gave its creators ({@code Creator.category}), a label the
 * niche detector never reads (it reads biographies, captions and hashtags only). One brief per niche that has
 * enough creators: "find creators of this niche" (its label as keywords, its description as product, every tier);
 * relevant = the creators whose category maps to that niche.
 *
 * <p>Category to niche: a niche id or label maps to itself (the generator's ground truth); YouTube's categories
 * map as below. Categories with no single niche (People &amp; Blogs, News &amp; Politics, Howto &amp; Style,
 * Nonprofits) label nothing.
 */
public final class CategoryLabels {
    private static final Map<String, String> YOUTUBE = Map.ofEntries(
            Map.entry("music", "music"),
            Map.entry("gaming", "gaming"),
            Map.entry("games", "gaming"),
            Map.entry("education", "education"),
            Map.entry("sports", "sports"),
            Map.entry("pets & animals", "pets"),
            Map.entry("animals", "pets"),
            Map.entry("autos & vehicles", "automotive"),
            Map.entry("autos", "automotive"),
            Map.entry("travel & events", "travel"),
            Map.entry("science & technology", "tech"),
            Map.entry("tech", "tech"),
            Map.entry("entertainment", "entertainment"),
            Map.entry("comedy", "entertainment"),
            Map.entry("film & animation", "entertainment"),
            Map.entry("film", "entertainment"),
            Map.entry("shows", "entertainment"),
            Map.entry("movies", "entertainment"),
            Map.entry("trailers", "entertainment"));

    private CategoryLabels() {}

    /** The niche a category label stands for, or null. */
    public static String nicheOf(String category) {
        if (category == null) {
            return null;
        }
        String c = category.trim().toLowerCase(Locale.ROOT);
        for (Niche n : NicheTaxonomy.all()) {
            if (n.id().equals(c) || n.label().toLowerCase(Locale.ROOT).equals(c)) {
                return n.id();
            }
        }
        return YOUTUBE.get(c);
    }

    /** "Find creators of this niche": its label as keyword, its description as product, every tier. */
    public static Brief nicheBrief(Niche n) {
        return new Brief(
                null,
                n.description(),
                List.of(n.label().toLowerCase(Locale.ROOT)),
                List.of(n.id()),
                null,
                EnumSet.allOf(Tier.class),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** One case per niche with at least {@code minRelevant} creators whose category maps to it. */
    public static LabelledSet build(String name, Iterable<Creator> creators, int minRelevant) {
        Map<CreatorKey, List<String>> niches = new LinkedHashMap<>();
        for (Creator c : creators) {
            String niche = nicheOf(c.category());
            if (niche != null) {
                niches.put(c.key(), List.of(niche));
            }
        }
        return byNiche(
                name,
                niches.size() + " creators labelled by their source category (Creator.category) mapped "
                        + "to niches; one brief per niche with at least " + minRelevant
                        + " creators; the detector does not "
                        + "read categories",
                niches,
                minRelevant);
    }

    /**
     * One case per niche with at least {@code minRelevant} creators, from known niches per creator (a generator's
     * ground truth): the first niche listed is graded 2 (primary), any other 1 (secondary).
     */
    public static LabelledSet byNiche(
            String name, String labelling, Map<CreatorKey, List<String>> niches, int minRelevant) {
        Map<String, Map<CreatorKey, Integer>> byNiche = new HashMap<>();
        niches.forEach((key, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                byNiche.computeIfAbsent(NicheTaxonomy.get(ids.get(i)).id(), x -> new LinkedHashMap<>())
                        .merge(key, i == 0 ? 2 : 1, Math::max);
            }
        });
        List<LabelledCase> cases = new java.util.ArrayList<>();
        for (Niche n : NicheTaxonomy.all()) {
            Map<CreatorKey, Integer> rel = byNiche.get(n.id());
            if (rel != null && rel.size() >= minRelevant) {
                cases.add(new LabelledCase(n.id(), nicheBrief(n), rel));
            }
        }
        return new LabelledSet(name, labelling, cases);
    }
}
