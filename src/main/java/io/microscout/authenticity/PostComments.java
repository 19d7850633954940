package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;

import java.util.List;

/**
 * Where comments under creators' posts are kept (port; the store implements it in SQL, table
 * {@code post_comments}, migration V2). Read for the comment-authenticity signal.
 */
public interface PostComments {
    void add(CreatorKey creator, List<CommentSample> comments);

    /** The creator's stored comments, oldest first; empty when none. */
    List<CommentSample> of(CreatorKey creator);
}
