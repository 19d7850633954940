package io.microscout.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the REST API, made from the routes as registered (so it cannot list a route that
 * does not exist). A route under /api without a response schema is an error: the server refuses to start, and
 * {@code OpenApiMatchesRoutesTest} also checks every handler Javalin holds against this document.
 */
public final class OpenApi {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {}

    public static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            if (!r.api()) {
                continue;
            }
            if (r.response() == null || r.responseType() == null) {
                throw new IllegalStateException(r.method() + " " + r.path() + " has no documented response schema");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
            item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "MicroScout API",
                        "version",
                        "1",
                        "description",
                        "Find, vet and plan micro-influencer campaigns. JSON shapes are those of the CLI's"
                                + " --json (docs/storage.md, docs/discovery.md, docs/planning.md). Errors are RFC 9457"
                                + " problem documents naming the field."));
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "securitySchemes",
                                Map.of(
                                        "token",
                                                Map.of(
                                                        "type",
                                                        "http",
                                                        "scheme",
                                                        "bearer",
                                                        "description",
                                                        "a personal API token"),
                                        "session",
                                                Map.of(
                                                        "type",
                                                        "apiKey",
                                                        "in",
                                                        "cookie",
                                                        "name",
                                                        WebServer.SESSION_COOKIE)),
                        "schemas", Map.of("Problem", problemSchema())));
        doc.put("security", List.of(Map.of("token", List.of()), Map.of("session", List.of())));
        return doc;
    }

    private static Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        op.put("operationId", (r.method().name() + r.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        List<Object> params = new ArrayList<>();
        Matcher m = PARAM.matcher(r.path());
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (String q : r.query()) {
            params.add(Map.of("name", q, "in", "query", "required", false, "schema", Map.of("type", "string")));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (r.request() != null) {
            op.put(
                    "requestBody",
                    Map.of("required", true, "content", Map.of(r.requestType(), Map.of("schema", r.request()))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                "2XX",
                Map.of("description", "success", "content", Map.of(r.responseType(), Map.of("schema", r.response()))));
        Map<String, Object> problem = Map.of(
                "description",
                "a problem (RFC 9457)",
                "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
        responses.put("400", problem);
        if (r.access() != Route.Access.PUBLIC) {
            responses.put("401", problem);
        }
        if (r.workspaceScoped()) {
            responses.put("403", problem);
            responses.put("404", problem);
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> problemSchema() {
        return Router.object(
                "type",
                "string",
                "title",
                "string",
                "status",
                "integer",
                "detail",
                "string",
                "instance",
                "string",
                "field",
                "string");
    }
}
