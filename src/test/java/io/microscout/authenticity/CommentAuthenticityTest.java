package io.microscout.authenticity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentAuthenticityTest {

    private static CommentSample c(String text) {
        return new CommentSample(null, null, text);
    }

    @Test
    void countsGenericPraiseEmojiOnlyAndRepeatedComments() {
        CommentAuthenticity a = CommentAuthenticity.of(List.of(
                c("Nice pic!!"), c("Niiiice"), c("🔥🔥🔥"), c("❤️"),
                c("check out my giveaway"), c("Check out my giveaway!"),
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
        CommentAuthenticity a = CommentAuthenticity.of(List.of(c("What flour do you use?"),
                c("Tried this recipe, my crust burnt at 250C"), c("Is the shop open on Sundays?")));
        assertThat(a.suspicious()).isZero();
    }
}
