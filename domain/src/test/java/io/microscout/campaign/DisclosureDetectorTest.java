package io.microscout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureDetectorTest {
    final DisclosureDetector detector = new DisclosureDetector();

    @Test
    void hashtagsAndPlainWordsDisclose() {
        assertThat(detector.text("Loving this serum! #ad #skincare"))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("hashtag"));
        assertThat(detector.text("Paid partnership with Glow Labs. Link in bio"))
                .isPresent();
        assertThat(detector.text("This video is sponsored by Glow Labs.")).isPresent();
        assertThat(detector.text("Some links below are affiliate links.")).isPresent();
        assertThat(detector.text("If you buy through my link I receive a small commission."))
                .isPresent();
    }

    @Test
    void aDenialOrAPlainCaptionIsNoDisclosure() {
        assertThat(detector.text("This video is not sponsored. I just love it")).isEmpty();
        assertThat(detector.text("Morning routine with my favourite serum ✨ #skincare #glow"))
                .isEmpty();
        assertThat(detector.text("Like and subscribe to support the channel!")).isEmpty();
        assertThat(detector.text("#adventure time in the alps"))
                .as("#adventure is not #ad")
                .isEmpty();
    }
}
