package io.microscout.importer;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import java.util.HashMap;
import java.util.Map;

/**
 * The checks every record of one file passes before it joins the batch, whatever the reader: text that fits
 * the catalog (a handle, person, category or post id of at most 255 characters, an e-mail of at most 320,
 * the column sizes of db/migration V1) and no conflicting repeats (the same creator, post or snapshot twice
 * in one file with other values: which one is true cannot be told, so the later one is reported; an exact
 * repeat is dropped without a word).
 */
final class RecordChecks {
    /** The widest text the catalog holds for names and ids (VARCHAR(255) in db/migration V1). */
    static final int MAX_NAME = 255;
    /** RFC 5321's longest address: 64 + 1 + 255 characters (VARCHAR(320) in db/migration V1). */
    static final int MAX_EMAIL = 320;

    private final ProblemLog problems;
    private final Map<CreatorKey, Located<Creator>> creators = new HashMap<>();
    private final Map<PostKey, Located<Post>> posts = new HashMap<>(); // the batch holds the posts anyway
    private final Map<String, Located<FollowerSnapshot>> snapshots = new HashMap<>();

    RecordChecks(ProblemLog problems) {
        this.problems = problems;
    }

    private record Located<T>(T value, String location) {}

    private record PostKey(Platform platform, String postId) {}

    /** True when the creator is to be added: it fits and is not a repeat. */
    boolean accept(Creator c, String location) {
        boolean fits = fits(location, "handle", c.handle(), MAX_NAME)
                & fits(location, "platform_id", c.platformId(), MAX_NAME)
                & fits(location, "person", c.person(), MAX_NAME)
                & fits(location, "category", c.category(), MAX_NAME)
                & fits(location, "email", c.contactEmail(), MAX_EMAIL);
        return fits && first(creators, c.key(), c, location, "creator " + c.key());
    }

    boolean accept(Post p, String location) {
        boolean fits = fits(location, "handle", p.creator().handle(), MAX_NAME)
                & fits(location, "post_id", p.platformPostId(), MAX_NAME);
        if (!fits) {
            return false;
        }
        return first(
                posts,
                new PostKey(p.creator().platform(), p.platformPostId()),
                p,
                location,
                "post " + p.platformPostId());
    }

    boolean accept(FollowerSnapshot s, String location) {
        return fits(location, "handle", s.creator().handle(), MAX_NAME)
                && first(
                        snapshots,
                        s.creator() + "@" + s.at(),
                        s,
                        location,
                        "the snapshot of " + s.creator() + " at " + s.at());
    }

    private <K, T> boolean first(Map<K, Located<T>> seen, K key, T value, String location, String what) {
        Located<T> before = seen.putIfAbsent(key, new Located<>(value, location));
        if (before == null) {
            return true;
        }
        if (!before.value().equals(value)) {
            problems.add(
                    location,
                    null,
                    what + " is already in this file (" + before.location()
                            + ") with other values; keep one of the two");
        }
        return false;
    }

    private boolean fits(String location, String field, String value, int max) {
        if (value == null || value.length() <= max) {
            return true;
        }
        problems.add(
                location,
                field,
                "is " + value.length() + " characters long; at most " + max + " fit (it starts \""
                        + value.substring(0, 40) + "...\")");
        return false;
    }
}
