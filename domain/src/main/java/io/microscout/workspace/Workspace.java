package io.microscout.workspace;

/** A brand or an agency's client: the briefs, plans, quotes and notes of one team. */
public record Workspace(long id, String name) {
    public Workspace {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a workspace name is 1-100 characters, got '" + name + "'");
        }
    }
}
