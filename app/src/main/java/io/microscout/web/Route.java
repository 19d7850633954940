package io.microscout.web;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;

/**
 * One route of the server as documented: method, path (Javalin and OpenAPI share the {@code {param}} syntax),
 * who may call it, and for the API its request and response schemas (JSON Schema, OpenAPI 3.0 dialect).
 *
 * @param access   PUBLIC: anybody; SIGNED_IN: any user (the shared catalog, the user's own tokens); READ, WRITE,
 *                 MANAGE: a member of the path's workspace {@code {ws}} who is at least viewer, editor, owner
 * @param response the schema of a 2xx answer; an /api route without one fails {@link OpenApi#document}
 */
public record Route(
        HandlerType method,
        String path,
        Access access,
        String summary,
        List<String> query,
        Map<String, Object> request,
        String requestType,
        Map<String, Object> response,
        String responseType) {
    public enum Access {
        PUBLIC,
        SIGNED_IN,
        READ,
        WRITE,
        MANAGE
    }

    public boolean workspaceScoped() {
        return access == Access.READ || access == Access.WRITE || access == Access.MANAGE;
    }

    public boolean api() {
        return path.startsWith("/api/");
    }
}
