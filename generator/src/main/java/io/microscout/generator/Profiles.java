package io.microscout.generator;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes a generated account's profile: handle, name, biography in its language, counts, links, e-mail. */
final class Profiles {
    /** Share of accounts that show a contact e-mail, and a link: ASSUMPTION. */
    private static final double EMAIL_SHARE = 0.5;

    private static final double LINK_SHARE = 0.45;
    /** Verified share by tier (nano..mega): ASSUMPTION. */
    private static final double[] VERIFIED = {0.0, 0.01, 0.08, 0.3, 0.6};

    private static final String[] CATEGORIES = {"Digital creator", "Personal blog", "Public figure", "Creator"};

    private Profiles() {}

    static Creator creator(Persona p, SplittableRandom rng, Instant asOf) {
        Vocabulary words = Vocabulary.get();
        String handle = p.handle();
        boolean email = Draw.chance(rng, EMAIL_SHARE);
        List<String> links = new ArrayList<>();
        if (Draw.chance(rng, LINK_SHARE)) {
            links.add("https://linktr.ee/" + handle.replace('.', '_'));
        }
        long mediaCount = Math.round(Draw.uniform(rng, 40, 900) * p.postsPerWeek() / 2.5) + 30;
        double engagementPerPost = p.engagementMedian();
        Long totalViews = null;
        Long totalLikes = null;
        if (p.platform() != Platform.INSTAGRAM) {
            totalViews = Math.round(mediaCount * engagementPerPost / Calibration.likesCommentsPerView(p.platform()));
        }
        if (p.platform() == Platform.TIKTOK) {
            totalLikes = Math.round(mediaCount * engagementPerPost * 0.97);
        }
        String bio = bio(p, rng, words) + (email ? " | Collabs: " + contact(handle) : "");
        return Creator.builder(CreatorKey.of(p.platform(), handle))
                .platformId(platformId(p, rng))
                .person(p.person())
                .displayName(p.displayName())
                .biography(bio)
                .countryCode(Locales.country(p.country()))
                .languageCode(p.language())
                .followers(p.followers())
                .following(Math.round(Draw.logNormal(rng, 600, 0.8)))
                .mediaCount(mediaCount)
                .totalViews(totalViews)
                .totalLikes(totalLikes)
                .verified(Draw.chance(rng, VERIFIED[p.tier().ordinal()])
                        || p.tier() == Tier.MEGA && Draw.chance(rng, 0.3))
                .hasProfilePicture(true)
                .privateAccount(false)
                .links(links)
                .contactEmail(email ? contact(handle) : null)
                .category(p.platform() == Platform.INSTAGRAM ? Locales.pick(CATEGORIES, rng) : null)
                .observedAt(asOf)
                .build();
    }

    private static String contact(String handle) {
        return "collabs." + handle.replace('_', '.') + "@example.com";
    }

    private static String bio(Persona p, SplittableRandom rng, Vocabulary words) {
        StringBuilder bio = new StringBuilder();
        if (p.writesEnglish()) {
            bio.append(Locales.pick(words.words("niche", p.primaryNiche(), "bio"), rng));
        } else {
            String word = Locales.pick(words.words("niche", p.primaryNiche(), p.language()), rng);
            bio.append(
                    Locales.pick(words.words("lang", p.language(), "bio"), rng).replace("{word}", word));
        }
        if (p.secondaryNiche() != null && Draw.chance(rng, 0.6)) {
            bio.append(" · ").append(Locales.pick(words.words("niche", p.secondaryNiche(), "bio"), rng));
        }
        for (String value : p.values()) {
            bio.append(" · ").append(Locales.pick(words.words("value", value, "bio"), rng));
        }
        bio.append(" · \uD83D\uDCCD ").append(Locales.place(p.country(), rng));
        return bio.toString();
    }

    private static String platformId(Persona p, SplittableRandom rng) {
        long id = Draw.mix(0x5DEECE66DL + p.index() * 31L + rng.nextInt(1 << 20));
        switch (p.platform()) {
            case YOUTUBE:
                return "UC" + Long.toUnsignedString(id, 36)
                        + Long.toUnsignedString(Draw.mix(id), 36).substring(0, 6);
            case TIKTOK:
                return Long.toUnsignedString(id >>> 1);
            default:
                return "178414" + Long.toUnsignedString(id >>> 20);
        }
    }

    /** A unique, plausible handle from the name and niche, e.g. "lucia.garcia", "emma_fitness", "noahwalker23". */
    static String handle(String displayName, String niche, SplittableRandom rng, Map<String, Integer> taken) {
        String[] parts = ascii(displayName).split(" ");
        String first = parts[0];
        String last = parts.length > 1 ? parts[parts.length - 1] : "";
        String candidate;
        switch (rng.nextInt(6)) {
            case 0:
                candidate = first + "." + last;
                break;
            case 1:
                candidate = first + last;
                break;
            case 2:
                candidate = first + "_" + niche;
                break;
            case 3:
                candidate = niche + "with" + first;
                break;
            case 4:
                candidate = first + "." + last.charAt(0) + "." + niche;
                break;
            default:
                candidate = "the" + first + last;
                break;
        }
        if (Draw.chance(rng, 0.2)) {
            candidate += rng.nextInt(10, 100);
        }
        // a candidate never ends in "_<digits>", so numbering repeats cannot collide with another candidate
        int uses = taken.merge(candidate, 1, Integer::sum);
        return uses == 1 ? candidate : candidate + "_" + uses;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
