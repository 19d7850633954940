package io.microscout.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.Membership;
import io.microscout.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers routes on Javalin through one door, so each carries its documentation and its access check: the
 * caller is required, and for a workspace route the caller's membership of {@code {ws}} (404 when the caller is
 * not a member, so another workspace's ids reveal nothing; 403 when the role is too low).
 */
public final class Router {
    /** What a handler receives: the request, the caller, and for workspace routes the membership. */
    public record Call(Context ctx, Caller caller, Membership membership) {
        public long workspace() {
            return membership.workspace().id();
        }
    }

    @FunctionalInterface
    public interface Action {
        void handle(Call call) throws Exception;
    }

    private final Javalin javalin;
    private final JdbiAccounts accounts;
    private final List<Route> routes = new ArrayList<>();

    Router(Javalin javalin, JdbiAccounts accounts) {
        this.javalin = javalin;
        this.accounts = accounts;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** A page or form route (HTML): documented by its summary only. */
    public void page(HandlerType method, String path, Route.Access access, String summary, Action action) {
        add(new Route(method, path, access, summary, List.of(), null, null, null, "text/html"), action);
    }

    public void api(Route route, Action action) {
        add(route, action);
    }

    private void add(Route route, Action action) {
        routes.add(route);
        javalin.addHttpHandler(route.method(), route.path(), ctx -> {
            Caller caller = ctx.attribute(WebServer.CALLER);
            if (route.access() == Route.Access.PUBLIC) {
                action.handle(new Call(ctx, caller, null));
                return;
            }
            if (caller == null) {
                throw Problem.unauthorized();
            }
            Membership m = route.workspaceScoped() ? membership(ctx, caller, route.access()) : null;
            action.handle(new Call(ctx, caller, m));
        });
    }

    private Membership membership(Context ctx, Caller caller, Route.Access access) {
        long ws;
        try {
            ws = Long.parseLong(ctx.pathParam("ws"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("no workspace '" + ctx.pathParam("ws") + "'");
        }
        Membership m = accounts.membership(caller.user().id(), ws)
                .orElseThrow(() -> Problem.notFound("no workspace " + ws + " of yours"));
        Role role = m.role();
        if (access == Route.Access.WRITE && !role.mayWrite() || access == Route.Access.MANAGE && !role.mayManage()) {
            throw Problem.forbidden("your role in workspace '" + m.workspace().name() + "' is " + role.id()
                    + "; this needs " + (access == Route.Access.MANAGE ? "owner" : "editor or owner"));
        }
        return m;
    }

    /** Small JSON Schema builders for the route documentation. */
    public static Map<String, Object> object(Object... nameTypePairs) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            Object t = nameTypePairs[i + 1];
            props.put((String) nameTypePairs[i], t instanceof String s ? Map.of("type", s) : t);
        }
        return Map.of("type", "object", "properties", props);
    }

    public static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }
}
