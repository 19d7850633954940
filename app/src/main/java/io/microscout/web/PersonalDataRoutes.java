package io.microscout.web;

import io.javalin.http.HandlerType;
import io.microscout.app.MicroScout;
import io.microscout.cli.privacy.PersonalDataJson;
import io.microscout.creator.CreatorKey;
import java.util.List;

/**
 * A creator's personal data over the API, as {@code forget} and {@code export} in the CLI. The catalog is shared by
 * the installation, so forgetting removes the creator from every workspace; it takes the owner role (of the
 * workspace in the path), as managing members does.
 */
final class PersonalDataRoutes {
    private static final String JSON = "application/json";
    private final Router router;
    private final MicroScout app;

    PersonalDataRoutes(Router router, MicroScout app) {
        this.router = router;
        this.app = app;
    }

    void register() {
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/creators/{key}/forget",
                        Route.Access.MANAGE,
                        "forget a creator everywhere in the installation (as `forget KEY --json`): every row that names"
                                + " them is removed, and imports skip them from then on",
                        List.of(),
                        null,
                        null,
                        Router.object(
                                "creator",
                                "string",
                                "forgottenAt",
                                "string",
                                "rowsRemoved",
                                "integer",
                                "removed",
                                "object"),
                        JSON),
                c -> ApiRoutes.raw(
                        c.ctx(),
                        PersonalDataJson.write(
                                PersonalDataJson.forget(app.personalData().forget(key(c))))));
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/creators/{key}/export",
                        Route.Access.MANAGE,
                        "everything held about a creator (as `export KEY`): every row naming them, per part",
                        List.of(),
                        null,
                        null,
                        Router.object(
                                "creator", "string", "exportedAt", "string", "forgottenAt", "string", "held", "object"),
                        JSON),
                c -> ApiRoutes.raw(
                        c.ctx(), PersonalDataJson.write(app.personalData().export(key(c)))));
    }

    private static CreatorKey key(Router.Call c) {
        return CreatorView.key(c.ctx().pathParam("key"));
    }
}
