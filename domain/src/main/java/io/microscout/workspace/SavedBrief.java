package io.microscout.workspace;

import java.time.Instant;

/** A brief kept in a workspace: its name and its YAML or JSON text (read by io.microscout.brief.BriefReader). */
public record SavedBrief(long id, long workspaceId, String name, String document, Instant savedAt) {}
