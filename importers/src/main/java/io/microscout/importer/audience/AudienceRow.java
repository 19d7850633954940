package io.microscout.importer.audience;

import io.microscout.creator.CreatorKey;

/** One valid row of a follower-sample or comments file: its line, the creator it belongs to, and its value. */
public record AudienceRow<T>(long line, CreatorKey creator, T value) {}
