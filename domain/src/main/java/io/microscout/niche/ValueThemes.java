package io.microscout.niche;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Values a creator shows in content and a brand can ask for in a brief, each with the terms that show it, and the
 * terms in a brand's offer that a creator holding the value would likely refuse (fit works in both directions:
 * docs/sources.md, "Who is a micro-influencer").
 */
public final class ValueThemes {
    private static final Map<String, Vocabulary> SHOWN = new LinkedHashMap<>();
    private static final Map<String, Vocabulary> CONFLICTS = new LinkedHashMap<>();

    static {
        add(
                "vegan",
                "vegan, veganism, plant-based, plant based, plantbased, veganfood, veganbeauty, vegano, vegana,"
                        + " végétalien, dairy-free, dairy free",
                "leather, meat, beef, pork, steak, fur, dairy:0.5, whey, gelatin, bacon, salmon:0.5, lanolin");
        add(
                "cruelty-free",
                "cruelty-free, cruelty free, crueltyfree, not tested on animals, leaping bunny, libre de crueldad",
                "tested on animals, animal testing, fur");
        add(
                "sustainable",
                "sustainable, sustainability, eco-friendly, eco friendly, ecofriendly, zero waste, zerowaste,"
                        + " recycled, upcycled, slow fashion, slowfashion, plastic free, plasticfree, climate, sostenible,"
                        + " sustentável, nachhaltig, durable:0.4, reusable, refill",
                "fast fashion, single-use, single use, disposable, fossil, oil and gas");
        // The value (content fit for a family audience), not the parenting niche: kids, mom, #parenting say niche.
        add(
                "family",
                "family-friendly, family friendly, familyfriendly, family first, familyfirst, family time:0.5,"
                        + " familia:0.5, família:0.5, familie:0.5, famille:0.5, kid-friendly, kid friendly",
                "alcohol, gambling, casino, betting, adult, explicit");
        add(
                "faith",
                "faith, god, jesus, christian, church, prayer, pray, blessed:0.4, bible, muslim, islam, ramadan,"
                        + " jewish, torah, fe, glaube, foi",
                "alcohol:0.5, gambling, casino, adult, explicit");
        add(
                "lgbtq",
                "lgbt, lgbtq, lgbtqia, pride, queer, gay, lesbian, trans:0.6, transgender, nonbinary, non-binary, loveislove",
                "");
        add(
                "body-positive",
                "body positive, bodypositive, bodypositivity, body positivity, self love:0.5, selflove:0.5,"
                        + " all bodies, plus size, plussize, curvy, body neutrality",
                "weight loss, diet pills, fat burner, detox tea, slimming");
        add(
                "clean",
                "clean beauty, cleanbeauty, natural, organic, non-toxic, nontoxic, paraben-free, fragrance-free,"
                        + " chemical-free, orgánico, orgânico, bio:0.4, natürlich",
                "");
        add(
                "inclusive",
                "diversity, inclusion, inclusive, representation, accessibility, disability, blacklivesmatter,"
                        + " blackowned, black owned, womenowned, women-owned",
                "");
    }

    private ValueThemes() {}

    private static void add(String id, String shown, String conflicts) {
        SHOWN.put(id, Vocabulary.parse(shown));
        CONFLICTS.put(id, Vocabulary.parse(conflicts));
    }

    public static Set<String> ids() {
        return SHOWN.keySet();
    }

    public static boolean isKnown(String id) {
        return SHOWN.containsKey(normalize(id));
    }

    /** "eco", "eco-friendly", "LGBTQ+", "cruelty free" read as the theme ids. */
    public static String normalize(String id) {
        String t = id == null
                ? ""
                : id.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (t) {
            case "eco":
            case "eco-friendly":
            case "sustainability":
                return "sustainable";
            case "lgbtq+":
            case "lgbt":
            case "lgbtqia+":
            case "pride":
                return "lgbtq";
            case "body-positivity":
            case "bodypositive":
                return "body-positive";
            case "crueltyfree":
                return "cruelty-free";
            case "family-friendly":
                return "family";
            case "clean-beauty":
            case "natural":
            case "organic":
                return "clean";
            case "diversity":
            case "inclusion":
                return "inclusive";
            case "plant-based":
                return "vegan";
            default:
                return t;
        }
    }

    public static Map<String, Vocabulary> vocabularies() {
        return SHOWN;
    }

    /** What a creator holding this value would likely refuse to promote. */
    public static Vocabulary conflicts(String id) {
        return CONFLICTS.getOrDefault(normalize(id), Vocabulary.parse(""));
    }
}
