package io.microscout.workspace;

/** A user's place in a workspace. */
public record Membership(Workspace workspace, Role role) {}
