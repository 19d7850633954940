package io.microscout.niche;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brand-safety topics: content many brands do not want next to their name. Each is a vocabulary; a creator's
 * exposure is the share of posts that carry it (brand-safety flags users can filter and export: docs/sources.md,
 * "What users of influencer tools ask for").
 */
public final class RiskTopics {
    private static final Map<String, Vocabulary> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(
                "alcohol",
                Vocabulary.parse(
                        "alcohol, beer, wine, vodka, whisky, whiskey, tequila, cocktail, cocktails, gin:0.6, brewery, bottle of wine,"
                                + " drunk, booze, hangover, happy hour:0.6, prosecco, champagne:0.6, cerveza, vino, bier, wein, vin"));
        TOPICS.put(
                "gambling",
                Vocabulary.parse("gambling, casino, betting, bet:0.5, poker, slots, jackpot, sportsbook,"
                        + " roulette, blackjack, apuestas, apostas, wetten, pari:0.5"));
        TOPICS.put(
                "politics",
                Vocabulary.parse(
                        "politics, political, election, vote:0.6, democrat, republican, trump, biden,"
                                + " parliament, senator, congress, government:0.6, policy:0.4, campaign trail, protest:0.6, política, politik, politique"));
        TOPICS.put(
                "profanity",
                Vocabulary.parse(
                        "fuck, fucking, fck, shit, bitch, wtf, damn:0.3, crap:0.6, what the hell:0.6, asshole, bullshit, mierda,"
                                + " joder, porra, merda, scheiße, scheisse, merde, putain"));
        TOPICS.put(
                "adult",
                Vocabulary.parse("nsfw, onlyfans, 18+, xxx, porn, nude, nudes, explicit, sexy:0.4, lingerie:0.4,"
                        + " erotic, fetish"));
    }

    private RiskTopics() {}

    public static Set<String> ids() {
        return TOPICS.keySet();
    }

    public static boolean isKnown(String id) {
        return TOPICS.containsKey(id == null ? "" : id.trim().toLowerCase(Locale.ROOT));
    }

    public static Map<String, Vocabulary> vocabularies() {
        return TOPICS;
    }
}
