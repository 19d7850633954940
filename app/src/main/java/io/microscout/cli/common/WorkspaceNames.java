package io.microscout.cli.common;

import io.microscout.workspace.Workspace;
import java.util.List;

/** Finds the server workspace a command names, by name or id, among a home's workspaces. */
public final class WorkspaceNames {
    private WorkspaceNames() {}

    /** The workspace named (by name or id) among these; null or blank: the home's own (0). */
    public static long resolve(String workspace, List<Workspace> all) {
        if (workspace == null || workspace.isBlank()) {
            return 0;
        }
        String w = workspace.trim();
        List<Workspace> matches = all.stream()
                .filter(x -> Long.toString(x.id()).equals(w) || x.name().equalsIgnoreCase(w))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        if (matches.isEmpty()) {
            throw new UserException("no workspace '" + w + "'"
                    + (all.isEmpty()
                            ? " (this home has no server workspaces; leave out --workspace for the home's own outreach)"
                            : "; the workspaces are "
                                    + String.join(
                                            ", ",
                                            all.stream()
                                                    .map(x -> x.name() + " (" + x.id() + ")")
                                                    .toList())));
        }
        throw new UserException("more than one workspace is named '" + w + "'; give its id");
    }
}
