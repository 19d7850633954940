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

    /** The frame of a workspace page for the caller of this call. */
    static Frame of(Router.Call c, io.microscout.store.workspace.JdbiAccounts accounts, String title, String active) {
        return new Frame(
                title,
                c.caller().user().email(),
                c.workspace(),
                c.membership().workspace().name(),
                c.membership().role().id(),
                accounts.memberships(c.caller().user().id()),
                c.caller().session() == null ? "" : c.caller().session().csrf(),
                active);
    }
}
