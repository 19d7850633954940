package io.microscout.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes captions in the creator's language from its niches' vocabulary, with hashtags, brand mentions,
 * value and risky-topic sentences, and the disclosure of sponsored posts (#ad, "Paid partnership with @brand").
 */
final class Captions {
    /** Shares of posts touching the secondary niche, a value theme, a risky topic; of organic brand mentions: ASSUMPTION. */
    private static final double SECONDARY_POSTS = 0.3;

    private static final double VALUE_POSTS = 0.35;
    private static final double RISK_POSTS = 0.3;
    private static final double ORGANIC_MENTION = 0.15;
    private static final String[] EMOJI = {"✨", "🔥", "💛", "🙌", "😍", "👇", "🌿", "💪", "📸", "🎉"};

    record Caption(String text, List<String> hashtags, List<String> mentions, String topic) {}

    private final Persona p;
    private final SplittableRandom rng;
    private final Vocabulary words = Vocabulary.get();

    Captions(Persona p, SplittableRandom rng) {
        this.p = p;
        this.rng = rng;
    }

    Caption next(boolean sponsored) {
        String niche =
                p.secondaryNiche() != null && Draw.chance(rng, SECONDARY_POSTS) ? p.secondaryNiche() : p.primaryNiche();
        String[] topics = words.words("niche", niche, "topic");
        String topic = Locales.pick(topics, rng);
        StringBuilder text = new StringBuilder(160);
        if (p.writesEnglish()) {
            text.append(Locales.pick(words.words("niche", niche, "caption"), rng)
                    .replace("{topic2}", Locales.pick(topics, rng)));
        } else {
            text.append(Locales.pick(words.words("lang", p.language(), "caption"), rng)
                    .replace("{word}", Locales.pick(words.words("niche", niche, p.language()), rng)));
        }
        replace(text, "{topic}", topic);
        replace(text, "{place}", Locales.place(p.country(), rng));
        replace(text, "{emoji}", Locales.pick(EMOJI, rng));

        Set<String> tags = new LinkedHashSet<>();
        String[] nicheTags = words.words("niche", niche, "tag");
        int tagCount = 2 + rng.nextInt(6);
        for (int t = 0; t < tagCount; t++) {
            tags.add(Locales.pick(nicheTags, rng));
        }
        for (String value : p.values()) {
            if (Draw.chance(rng, VALUE_POSTS)) {
                text.append(' ').append(Locales.pick(words.words("value", value, "caption"), rng));
                tags.add(Locales.pick(words.words("value", value, "tag"), rng));
            }
        }
        for (String risk : p.risks()) {
            if (Draw.chance(rng, RISK_POSTS)) {
                text.append(' ').append(Locales.pick(words.words("risk", risk, "caption"), rng));
                tags.add(Locales.pick(words.words("risk", risk, "tag"), rng));
            }
        }
        List<String> mentions = new ArrayList<>(1);
        String brand = Locales.pick(words.words("niche", niche, "brand"), rng);
        if (sponsored) {
            mentions.add(brand);
            if (Draw.chance(rng, 0.35)) {
                text.insert(0, "Paid partnership with @" + brand + ". ");
            } else {
                text.append(" Thanks @").append(brand).append(" for the collab!");
                tags.add("ad");
            }
        } else if (Draw.chance(rng, ORGANIC_MENTION)) {
            mentions.add(brand);
            text.append(" Using @").append(brand).append('.');
        }
        for (String tag : tags) {
            text.append(" #").append(tag);
        }
        return new Caption(text.toString(), new ArrayList<>(tags), mentions, topic);
    }

    private static void replace(StringBuilder text, String placeholder, String value) {
        int at;
        while ((at = text.indexOf(placeholder)) >= 0) {
            text.replace(at, at + placeholder.length(), value);
        }
    }
}
