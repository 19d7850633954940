package io.microscout.web;

import io.javalin.http.Context;
import io.microscout.app.MicroScout;
import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.catalog.CatalogEntry;
import io.microscout.cli.CreatorsCommand;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of the shared catalog for {@code GET /api/creators} and the creators page: the filters of
 * {@code microscout creators} (same parsing), then offset and limit (1..200, default 50). The catalog lists the
 * largest audience first; that is the only order (sort=followers), since the store has no other index to page by.
 */
public record CreatorList(
        List<CatalogEntry> entries,
        Map<CreatorKey, StoredAuthenticity> authenticity,
        int offset,
        int limit,
        boolean more,
        MicroScout app) {

    private static final Map<String, String> OPTION_FIELDS = Map.of(
            "--min-engagement",
            "minEngagement",
            "--max-engagement",
            "maxEngagement",
            "--min-authenticity",
            "minAuthenticity",
            "tier",
            "tier",
            "platform",
            "platform");

    public static CreatorList of(MicroScout app, Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.isBlank() && !sort.equals("followers")) {
            throw Problem.badRequest("sort", "sort must be 'followers' (largest audience first), got '" + sort + "'");
        }
        int offset = ApiRoutes.intParam(ctx, "offset", 0);
        int limit = ApiRoutes.intParam(ctx, "limit", 50);
        if (offset < 0) {
            throw Problem.badRequest("offset", "offset must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > 200) {
            throw Problem.badRequest("limit", "limit must be 1..200, got " + limit);
        }
        CreatorFilter filter;
        try {
            filter = CreatorsCommand.filter(
                    app.tierScheme(),
                    blankToNull(ctx.queryParams("platform")),
                    emptyToNull(ctx.queryParam("tier")),
                    longParam(ctx, "minFollowers"),
                    longParam(ctx, "maxFollowers"),
                    emptyToNull(ctx.queryParam("minEngagement")),
                    emptyToNull(ctx.queryParam("maxEngagement")),
                    ApiRoutes.codes(ctx.queryParam("country"), true),
                    ApiRoutes.codes(ctx.queryParam("language"), false),
                    emptyToNull(ctx.queryParam("text")),
                    intOrNull(ctx, "minAuthenticity"),
                    offset,
                    limit + 1);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String field = OPTION_FIELDS.entrySet().stream()
                    .filter(f -> m.contains(f.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            throw Problem.badRequest(
                    field,
                    m.replace("--min-engagement", "minEngagement")
                            .replace("--max-engagement", "maxEngagement")
                            .replace("--min-authenticity", "minAuthenticity"));
        }
        List<CatalogEntry> found = app.catalog().find(filter);
        boolean more = found.size() > limit;
        List<CatalogEntry> page = more ? found.subList(0, limit) : found;
        var auth = app.authenticityRecords()
                .of(page.stream().map(e -> e.creator().key()).toList());
        return new CreatorList(page, auth, offset, limit, more, app);
    }

    public Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("offset", offset);
        j.put("limit", limit);
        j.put("more", more);
        j.put(
                "creators",
                entries.stream()
                        .map(e -> ApiRoutes.creatorSummary(e, authenticity, app.tierScheme()))
                        .toList());
        return j;
    }

    private static List<String> blankToNull(List<String> values) {
        return values.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Long longParam(Context ctx, String name) {
        String v = emptyToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name, name + " must be a whole number, got '" + v + "'");
        }
    }

    private static Integer intOrNull(Context ctx, String name) {
        Long v = longParam(ctx, name);
        return v == null ? null : v.intValue();
    }
}
