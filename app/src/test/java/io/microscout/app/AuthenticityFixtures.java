package io.microscout.app;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Two creators alike in everything the catalog holds, and follower-sample files to tell them apart. */
final class AuthenticityFixtures {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final String HEADER =
            "platform,handle,username,followers,following,posts,bio_length,profile_picture,private\n";

    private AuthenticityFixtures() {}

    /** instagram:clean and instagram:bought, 12,000 followers, 12 ordinary posts and two snapshots each. */
    static CatalogBatch twoCreators() {
        List<Creator> creators = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<FollowerSnapshot> snapshots = new ArrayList<>();
        for (String handle : List.of("clean", "bought")) {
            CreatorKey k = CreatorKey.parse("instagram:" + handle);
            creators.add(Creator.builder(k)
                    .followers(12_000L)
                    .following(400L)
                    .mediaCount(200L)
                    .observedAt(NOW)
                    .build());
            for (int i = 0; i < 12; i++) {
                posts.add(new Post(
                        k,
                        handle + i,
                        NOW.minusSeconds(86_400L * (2 + 3 * i)),
                        PostFormat.PHOTO,
                        "caption",
                        null,
                        null,
                        240L + 40 * (i % 4),
                        8L + (i % 3),
                        null,
                        null,
                        null,
                        false,
                        null));
            }
            snapshots.add(new FollowerSnapshot(k, NOW.minusSeconds(86_400L * 60), 11_600, null, null));
            snapshots.add(new FollowerSnapshot(k, NOW, 12_000, null, null));
        }
        return new CatalogBatch("fixture", creators, posts, snapshots);
    }

    /** A sample of 60 followers of that creator; {@code fakes} of them look bought (no posts, no picture, following thousands). */
    static Path sample(Path dir, String handle, int fakes) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 60; i++) {
            csv.append(
                    i < fakes
                            ? String.format(
                                    "instagram,%s,xk%d%d%dq,%d,%d,0,0,false,false%n",
                                    handle, i, i * 7, i * 3, 3 + i % 5, 2_500 + 37 * i)
                            : String.format(
                                    "instagram,%s,reader_%s%s,%d,%d,%d,%d,true,%s%n",
                                    handle,
                                    handle,
                                    letters(i),
                                    200 + 13 * i,
                                    300 + 7 * i,
                                    20 + i,
                                    30 + i % 40,
                                    i % 3 == 0));
        }
        Path file = dir.resolve(handle + "-followers.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static String letters(int i) {
        return String.valueOf((char) ('a' + i % 26)) + (char) ('a' + (i / 26) % 26);
    }
}
