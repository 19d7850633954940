package io.microscout.creator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaptionSignalsTest {
    /** The regular expressions the hand scanner replaces, kept here as its oracle. */
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])");

    private static List<String> oracle(Pattern p, String caption) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(caption);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(found);
    }

    @Test
    void hashtagsAreLowerCaseDistinctAndInOrder() {
        assertThat(CaptionSignals.hashtags("Rye #Sourdough day #baking #sourdough ##double #_x # nothing #café #2026"))
                .containsExactly("sourdough", "baking", "double", "_x", "café", "2026");
    }

    @Test
    void mentionsSkipEmailAddressesAndTrailingDots() {
        assertThat(CaptionSignals.mentions("with @Mill.Co. and @friend_1, mail me@example.com or a.@b @... @x@y"))
                .containsExactly("mill.co", "friend_1", "x");
    }

    @Test
    void disclosureByTagOrPhrase() {
        assertThat(CaptionSignals.disclosesSponsorship("Loving this flour #AD")).isTrue();
        assertThat(CaptionSignals.disclosesSponsorship("Paid partnership with @millco"))
                .isTrue();
        assertThat(CaptionSignals.disclosesSponsorship("thanks to MillCo for sponsoring this video"))
                .isTrue();
        assertThat(CaptionSignals.disclosesSponsorship("a partnership of friends, #adventure"))
                .isFalse();
        assertThat(CaptionSignals.disclosesSponsorship(null)).isFalse();
    }

    @Test
    void theScannerFindsWhatTheRegularExpressionsFindOnRandomCaptions() {
        String alphabet = "ab_Z9.#@ é²Ⅻ\n,!-😀";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder caption = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                caption.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String c = caption.toString();
            assertThat(CaptionSignals.hashtags(c)).as(c).isEqualTo(oracle(HASHTAG, c));
            assertThat(CaptionSignals.mentions(c)).as(c).isEqualTo(oracle(MENTION, c));
            CaptionSignals.Signals all = CaptionSignals.of(c);
            assertThat(all.hashtags()).isEqualTo(CaptionSignals.hashtags(c));
            assertThat(all.mentions()).isEqualTo(CaptionSignals.mentions(c));
            assertThat(all.sponsored()).isEqualTo(CaptionSignals.disclosesSponsorship(c));
        }
    }
}
