package io.microscout.workspace;

import io.microscout.creator.CreatorKey;
import java.time.Instant;

/** What a member wrote down about a creator, visible in that workspace only. */
public record CreatorNote(
        long id, long workspaceId, CreatorKey creator, String author, String body, Instant writtenAt) {}
