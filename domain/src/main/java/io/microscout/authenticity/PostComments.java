package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where comments under creators' posts are kept (port; the store implements it in SQL, table
 * {@code post_comments}, migration V2). Read for the comment-authenticity signal.
 */
public interface PostComments {
    void add(CreatorKey creator, List<CommentSample> comments);

    /** The creator's stored comments, oldest first; empty when none. */
    List<CommentSample> of(CreatorKey creator);

    /** Adds the comments of several creators; the SQL store does it in one transaction (one imported file). */
    default void addAll(Map<CreatorKey, List<CommentSample>> comments) {
        comments.forEach(this::add);
    }

    /** The stored comments of each of these creators (creators without any are left out). */
    default Map<CreatorKey, List<CommentSample>> ofAll(Collection<CreatorKey> creators) {
        Map<CreatorKey, List<CommentSample>> found = new HashMap<>();
        for (CreatorKey k : creators) {
            List<CommentSample> c = of(k);
            if (!c.isEmpty()) {
                found.put(k, c);
            }
        }
        return found;
    }
}
