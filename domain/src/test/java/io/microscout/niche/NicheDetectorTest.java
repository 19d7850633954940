package io.microscout.niche;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.fakes.Creators;
import java.util.List;
import org.junit.jupiter.api.Test;

class NicheDetectorTest {
    private final NicheDetector detector = new NicheDetector();
    private final CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, "someone");

    private CreatorContent content(String bio, int posts, String... captions) {
        return CreatorContent.of(bio, Creators.posts(key, posts, 0, captions));
    }

    @Test
    void skincareHashtagsMakeABeautyCreatorWithCountedEvidence() {
        List<NicheMatch> found = detector.detect(content(
                "Coffee lover",
                30,
                "My morning #skincareroutine with a new serum",
                "Sunday brunch",
                "Walk in the park"));
        assertThat(found).isNotEmpty();
        NicheMatch beauty = found.get(0);
        assertThat(beauty.nicheId()).isEqualTo("beauty");
        assertThat(beauty.count().postsMatched()).isEqualTo(10);
        assertThat(beauty.explain()).contains("#skincare in 10 of 30 posts");
    }

    @Test
    void aCreatorPostingAboutTwoThemesHasBothNiches() {
        List<NicheMatch> found =
                detector.detect(content("", 20, "Leg day at the gym #workout", "Homemade pasta recipe for dinner"));
        assertThat(found).extracting(NicheMatch::nicheId).contains("fitness", "food");
    }

    @Test
    void aFewStrayMentionsDoNotMakeANiche() {
        List<NicheMatch> found = detector.detect(content(
                "",
                30,
                "Lovely day",
                "Good morning",
                "With friends",
                "Sunset",
                "Books",
                "Tea",
                "Rain",
                "Happy",
                "Laughing",
                "Coffee",
                "Family lunch",
                "Morning",
                "Monday",
                "Tuesday",
                "Weekend",
                "Reading",
                "Cat nap",
                "Quiet",
                "Thinking",
                "Evening",
                "Home soon",
                "Clouds",
                "Stars",
                "Light",
                "Wind",
                "Snow",
                "Hello",
                "Bye",
                "Ok",
                "my new lipstick"));
        assertThat(found).extracting(NicheMatch::nicheId).doesNotContain("beauty");
    }

    @Test
    void spanishAndGermanTermsCount() {
        assertThat(detector.detect(content("", 10, "Nueva receta de comida casera")))
                .extracting(NicheMatch::nicheId)
                .contains("food");
        assertThat(detector.detect(content("", 10, "Heute wandern in den Alpen #wandern")))
                .extracting(NicheMatch::nicheId)
                .contains("outdoors");
    }

    @Test
    void withoutPostsTheBiographyAloneGivesALowerConfidence() {
        List<NicheMatch> bioOnly = detector.detect(content("Gamer and Twitch streamer", 0));
        List<NicheMatch> withPosts =
                detector.detect(content("Gamer and Twitch streamer", 10, "Live on twitch tonight: minecraft"));
        assertThat(bioOnly).extracting(NicheMatch::nicheId).containsExactly("gaming");
        assertThat(bioOnly.get(0).confidence()).isLessThan(withPosts.get(0).confidence());
    }

    @Test
    void semanticSimilarityToTheNicheDescriptionRaisesConfidence() {
        CreatorContent c = content("", 10, "new serum", "Sunday", "Monday", "Tuesday", "Wednesday");
        double termOnly = detector.detect(c).stream()
                .filter(m -> m.nicheId().equals("beauty"))
                .findFirst()
                .orElseThrow()
                .confidence();
        NicheMatch blended = detector.detect(c, id -> id.equals("beauty") ? 0.6 : 0.05).stream()
                .filter(m -> m.nicheId().equals("beauty"))
                .findFirst()
                .orElseThrow();
        assertThat(blended.confidence()).isGreaterThan(termOnly);
        assertThat(blended.explain()).contains("similarity to the niche 0.60");
    }
}
