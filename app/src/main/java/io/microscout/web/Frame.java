package io.microscout.web;

import io.microscout.workspace.Membership;
import java.util.List;

/** What every page's frame shows: title, who is signed in, the workspace and its switcher, the CSRF token. */
public record Frame(
        String title,
        String email,
        long ws,
        String wsName,
        String role,
        List<Membership> workspaces,
        String csrf,
        String active) {
    public String base() {
        return "/w/" + ws;
    }

    public boolean mayWrite() {
        return !"viewer".equals(role);
    }
}
