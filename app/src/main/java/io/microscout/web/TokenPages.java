package io.microscout.web;

import static io.microscout.web.Route.Access.READ;

import io.javalin.http.HandlerType;
import io.microscout.store.workspace.JdbiAccounts;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user's personal API tokens as a page: the list (names and dates, never the tokens), a form that
 * creates one and shows its secret once, and a revoke button per token. The same as {@code /api/tokens}; tokens
 * belong to the user, so the page is reachable from any workspace the user is a member of.
 */
final class TokenPages {
    private final Router router;
    private final JdbiAccounts accounts;
    private final WebServer.Pages pages;
    private final Clock clock;

    TokenPages(Router router, JdbiAccounts accounts, WebServer.Pages pages, Clock clock) {
        this.router = router;
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
    }

    void register() {
        router.page(HandlerType.GET, "/w/{ws}/tokens", READ, "your personal API tokens", c -> show(c, null, null));
        router.page(HandlerType.POST, "/w/{ws}/tokens", READ, "create a personal API token (form)", c -> {
            String name = Optional.ofNullable(c.ctx().formParam("name"))
                    .map(String::trim)
                    .filter(n -> !n.isEmpty())
                    .orElse("api");
            Map<String, Object> created;
            try {
                created = SignIn.newToken(accounts, clock, c.caller().user(), name);
            } catch (Problem p) {
                c.ctx().status(p.status());
                show(c, null, p.getMessage());
                return;
            }
            c.ctx().status(201);
            show(c, new Views.NewToken((String) created.get("name"), (String) created.get("token")), null);
        });
        router.page(HandlerType.POST, "/w/{ws}/tokens/{id}/revoke", READ, "revoke a personal API token (form)", c -> {
            long id = ApiRoutes.id(c.ctx(), "id");
            if (!accounts.revokeToken(c.caller().user().id(), id, clock.instant())) {
                throw Problem.notFound("no active token " + id + " of yours");
            }
            show(c, null, null);
        });
    }

    private void show(Router.Call c, Views.NewToken created, String error) {
        c.ctx()
                .html(pages.render(
                        "tokens.jte",
                        Map.of(
                                "p",
                                new Views.TokensPage(
                                        Frame.of(c, accounts, "API tokens", "tokens"),
                                        accounts.tokens(c.caller().user().id()),
                                        created,
                                        error))));
    }
}
