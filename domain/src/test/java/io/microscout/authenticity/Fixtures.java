package io.microscout.authenticity;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Small hand-written creators, posts and followers for the authenticity tests. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final CreatorKey KEY = CreatorKey.of(Platform.INSTAGRAM, "bakery.lisbon");

    /** Calls an account fake when it has fewer than 10 followers: a transparent rule for tests. */
    static final AccountClassifier FEW_FOLLOWERS_ARE_FAKE = p -> {
        boolean fake = p.followers() != null && p.followers() < 10;
        return new AccountVerdict(
                p.username(),
                fake ? 0.9 : 0.1,
                fake,
                0.5,
                EnumSet.of(AccountInput.FOLLOWERS),
                p.followers() == null ? EnumSet.of(AccountInput.FOLLOWERS) : EnumSet.noneOf(AccountInput.class),
                List.of());
    };

    private Fixtures() {}

    static Creator creator(long followers) {
        return Creator.builder(KEY).followers(followers).observedAt(NOW).build();
    }

    /** Posts a day apart, the newest two days old, with the given likes and comments. */
    static List<Post> posts(long[] likes, long[] comments) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < likes.length; i++) {
            posts.add(post(i, NOW.minus(Duration.ofDays(2 + i)), likes[i], comments[i]));
        }
        return posts;
    }

    static Post post(int i, Instant at, long likes, long comments) {
        return new Post(
                KEY, "p" + i, at, PostFormat.PHOTO, null, null, null, likes, comments, null, null, null, false, null);
    }

    /** Twelve posts with natural variation: about 3.2% engagement for 8,000 followers, 1 comment per 40 likes. */
    static List<Post> healthyPosts() {
        long[] likes = {180, 320, 150, 260, 390, 210, 280, 170, 340, 200, 245, 300};
        long[] comments = new long[likes.length];
        for (int i = 0; i < likes.length; i++) {
            comments[i] = likes[i] / 40;
        }
        return posts(likes, comments);
    }

    static FollowerSnapshot snapshot(int daysAgo, long followers) {
        return new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(daysAgo)), followers, null, null);
    }

    /** An account with these followers and an ordinary rest of profile. */
    static AccountProfile profile(String username, long followers) {
        return new AccountProfile(username, followers, 280L, 40L, 20, true, false, null, null);
    }

    static FollowerSample sample(int real, int fake, int massFollowers) {
        List<AccountProfile> followers = new ArrayList<>();
        for (int i = 0; i < real; i++) {
            followers.add(new AccountProfile("real" + i, 300L, 280L, 40L, 20, true, false, null, null));
        }
        for (int i = 0; i < fake; i++) {
            followers.add(new AccountProfile("fake" + i, 2L, 4_000L, 0L, 0, false, false, null, null));
        }
        for (int i = 0; i < massFollowers; i++) {
            followers.add(new AccountProfile("mass" + i, 500L, 3_000L, 30L, 10, true, false, null, null));
        }
        return new FollowerSample(KEY, NOW, "test", followers);
    }
}
