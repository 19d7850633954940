package io.microscout.generator;

import java.time.Instant;

/** A comment on a generated post. */
public record PostComment(String postId, String author, String text, Instant at) {}
