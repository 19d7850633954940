package io.microscout.creator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caption itself says: its hashtags, its mentions and whether it discloses a sponsorship.
 * Disclosure follows the FTC's "Disclosures 101 for Social Media Influencers" (2019) and the ASA/CMA
 * influencer guidance: #ad, #sponsored, #paidpartnership, "paid partnership with", "in partnership with".
 */
public final class CaptionSignals {
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])");
    private static final Set<String> SPONSOR_TAGS = Set.of("ad", "ads", "sponsored", "sponsor", "paidpartnership",
            "partner", "advertisement", "werbung", "anzeige", "publicidad", "publicite", "pub", "spon", "collab");
    private static final Pattern SPONSOR_PHRASE = Pattern.compile(
            "\\b(paid partnership with|in partnership with|sponsored by|thanks to .{0,40} for sponsoring)\\b",
            Pattern.CASE_INSENSITIVE);

    private CaptionSignals() {
    }

    /** Hashtags without '#', lower case, in order of first use. */
    public static List<String> hashtags(String caption) {
        return distinct(HASHTAG, caption);
    }

    /** Mentioned handles without '@', lower case, in order of first use. */
    public static List<String> mentions(String caption) {
        return distinct(MENTION, caption);
    }

    /** True when the caption discloses a paid relationship. */
    public static boolean disclosesSponsorship(String caption) {
        if (caption == null || caption.isEmpty()) {
            return false;
        }
        for (String tag : hashtags(caption)) {
            if (SPONSOR_TAGS.contains(tag)) {
                return true;
            }
        }
        return SPONSOR_PHRASE.matcher(caption).find();
    }

    private static List<String> distinct(Pattern pattern, String caption) {
        if (caption == null || caption.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(caption);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(found);
    }
}
