package io.microscout.niche;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.fakes.Creators;
import org.junit.jupiter.api.Test;

class ContentProfilerTest {
    private final CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, "someone");

    @Test
    void valuesRisksMentionsAndSponsoredPostsAreCountedPerPost() {
        var posts = Creators.posts(
                key,
                10,
                3,
                "My #vegan breakfast with @oatly",
                "Friday night cocktails and beer",
                "Quiet day",
                "Sunday hike",
                "Cruelty free mascara I love");
        ContentProfile p = new ContentProfiler().profile("Plant-based mama", posts);
        assertThat(p.values().get("vegan").postsMatched()).isEqualTo(2);
        assertThat(p.values().get("vegan").inBiography()).isTrue();
        assertThat(p.values().get("cruelty-free").postsMatched()).isEqualTo(2);
        assertThat(p.risks().get("alcohol").explain(2)).contains("cocktail in 2 of 10 posts");
        assertThat(p.mentions()).containsEntry("oatly", 2);
        assertThat(p.sponsoredShare()).isEqualTo(0.3);
    }

    @Test
    void noPostsMeansSaturationUnknownNotZero() {
        assertThat(new ContentProfiler().profile("bio", java.util.List.of()).sponsoredShare())
                .isNull();
    }

    @Test
    void aBrandIsFoundAsMentionHashtagOrName() {
        var posts = Creators.posts(
                key,
                4,
                0,
                "Love @theordinary serums",
                "#theordinary haul",
                "The Ordinary niacinamide review",
                "Nothing here");
        TermEvidence ev = BrandMentions.find(CreatorContent.of("", posts), "The Ordinary");
        assertThat(ev.posts()).isEqualTo(3);
        assertThat(ev.toString()).isEqualTo("The Ordinary in 3 of 4 posts");
    }
}
