package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentAuthenticityTest {

    private static CommentSample c(String text) {
        return new CommentSample(null, null, text);
    }

    @Test
    void countsGenericPraiseEmojiOnlyAndRepeatedComments() {
        CommentAuthenticity a = CommentAuthenticity.of(List.of(
                c("Nice pic!!"),
                c("Niiiice"),
                c("🔥🔥🔥"),
                c("❤️"),
                c("check out my giveaway"),
                c("Check out my giveaway!"),
                c("Where did you buy that sourdough? Looks like the one from Rua Augusta"),
                c("@maria we should go there saturday")));
        assertThat(a.generic()).isEqualTo(2);
        assertThat(a.emojiOnly()).isEqualTo(2);
        assertThat(a.repeated()).isEqualTo(2);
        assertThat(a.suspicious()).isEqualTo(6);
        assertThat(a.suspiciousShare()).isEqualTo(0.75);
    }

    @Test
    void realConversationIsNotSuspicious() {
        CommentAuthenticity a = CommentAuthenticity.of(List.of(
                c("What flour do you use?"),
                c("Tried this recipe, my crust burnt at 250C"),
                c("Is the shop open on Sundays?")));
        assertThat(a.suspicious()).isZero();
    }

    @Test
    void theSameQuestionFromDifferentFansUnderDifferentPostsIsNotRepetition() {
        CommentAuthenticity a = CommentAuthenticity.of(List.of(
                new CommentSample("p1", "ana", "Where did you get the jacket?"),
                new CommentSample("p2", "ben", "Where did you get the jacket?"),
                new CommentSample("p3", "cleo", "Where did you get the jacket?")));
        assertThat(a.repeated()).isZero();
    }

    @Test
    void theSameCommentByOneAuthorOrUnderOnePostIsRepetition() {
        CommentAuthenticity a = CommentAuthenticity.of(List.of(
                new CommentSample("p1", "podder", "Obsessed with this look"),
                new CommentSample("p2", "podder", "Obsessed with this look"),
                new CommentSample("p3", "seller1", "Check out my giveaway"),
                new CommentSample("p3", "seller2", "Check out my giveaway"),
                new CommentSample("p4", "dana", "Obsessed with this look")));
        assertThat(a.repeated()).isEqualTo(4);
    }
}
