package io.microscout.authenticity;

import java.util.Objects;

/** One comment under a creator's post, as exported; postId and author may be unknown. */
public record CommentSample(String postId, String author, String text) {
    public CommentSample {
        Objects.requireNonNull(text, "text");
    }
}
