package io.microscout.connector;

/** A workspace as messages name it: id 0 is the home itself (the CLI without --workspace). */
public record WorkspaceLabel(long id, String name) {
    public static final WorkspaceLabel HOME = new WorkspaceLabel(0, null);

    @Override
    public String toString() {
        return id == 0 ? "the home (no --workspace)" : "workspace '" + name + "'";
    }

    /** The option that names it again in a command. */
    public String option() {
        return id == 0 ? "" : " --workspace '" + name + "'";
    }
}
