package io.microscout.connector.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.Connector;
import io.microscout.connector.ConnectorException;
import io.microscout.connector.DailyQuota;
import io.microscout.connector.FetchEstimate;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.FetchStopped;
import io.microscout.connector.HttpCalls;
import io.microscout.connector.Quota;
import io.microscout.connector.Step;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.Credential;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.Platform;
import io.microscout.importer.SourceReader;
import io.microscout.importer.tiktok.TikTokReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TikTok Research API with the workspace's client access token ({@code Authorization: Bearer}):
 * {@code POST /v2/research/user/info/} (https://developers.tiktok.com/doc/research-api-specs-query-user-info) and
 * {@code POST /v2/research/video/query/} (https://developers.tiktok.com/doc/research-api-specs-query-videos), paged by
 * {@code cursor} and {@code search_id}, at most 100 videos a page and 30 days a query: a fetch asks for the last 30
 * days, a refresh from the day of the newest video it has.
 *
 * <p>Quota (https://developers.tiktok.com/doc/research-api-faq): 1,000 requests a day, reset at 00:00 UTC.
 */
public final class TikTokConnector implements Connector {
    static final int MAX_PAGE = 100;
    public static final long DEFAULT_REQUESTS_PER_DAY = 1_000;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._]{1,24}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_FIELDS =
            "display_name,bio_description,avatar_url,is_verified,follower_count,following_count,likes_count,video_count";
    private static final String VIDEO_FIELDS =
            "id,create_time,username,region_code,video_description,like_count,comment_count,share_count,view_count";
    private static final Set<String> TOKEN_REFUSED =
            Set.of("access_token_invalid", "access_token_expired", "scope_not_authorized", "scope_permission_missed");

    private final URI baseUrl;
    private final JdbiQuotaUsage usage;
    private final long requestsPerDay;
    private final Clock clock;

    public TikTokConnector(URI baseUrl, JdbiQuotaUsage usage, long requestsPerDay, Clock clock) {
        this.baseUrl = baseUrl;
        this.usage = usage;
        this.requestsPerDay = requestsPerDay;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return Platform.TIKTOK;
    }

    @Override
    public ObjectNode start(String handle, JsonNode previous, FetchLimits limits) {
        if (!USERNAME.matcher(handle).matches()) {
            throw new ConnectorException("'" + handle + "' is not a TikTok username (letters, digits, '.' and '_')");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(29);
        if (previous != null && previous.hasNonNull("newest")) {
            LocalDate newest = java.time.Instant.ofEpochSecond(
                            previous.get("newest").asLong())
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
            from = newest.isAfter(from) ? newest : from;
            ObjectNode s = base(handle, limits, from, today);
            s.put("since", previous.get("newest").asLong());
            return s;
        }
        return base(handle, limits, from, today);
    }

    private static ObjectNode base(String handle, FetchLimits limits, LocalDate from, LocalDate to) {
        ObjectNode s = limits.startState(handle, "user", MAX_PAGE);
        s.put("from", DAY.format(from)).put("to", DAY.format(to)).put("cursor", 0);
        return s;
    }

    @Override
    public Optional<Step> next(ObjectNode s, Credential credential) {
        String handle = s.get("handle").asText();
        switch (s.get("phase").asText()) {
            case "user":
                ObjectNode user = JSON.createObjectNode().put("username", handle);
                return Optional.of(new Step(
                        "user-info",
                        "POST",
                        "/v2/research/user/info/?fields=" + USER_FIELDS,
                        user.toString(),
                        1,
                        true));
            case "videos":
                ObjectNode q = JSON.createObjectNode();
                ObjectNode cond = q.putObject("query").putArray("and").addObject();
                cond.put("operation", "EQ")
                        .put("field_name", "username")
                        .putArray("field_values")
                        .add(handle);
                q.put("start_date", s.get("from").asText())
                        .put("end_date", s.get("to").asText());
                q.put(
                        "max_count",
                        Math.min(
                                s.get("pageSize").asInt(),
                                s.get("maxPosts").asInt() - s.get("posts").asInt()));
                q.put("cursor", s.get("cursor").asLong());
                if (s.hasNonNull("searchId")) {
                    q.put("search_id", s.get("searchId").asText());
                }
                return Optional.of(new Step(
                        "videos", "POST", "/v2/research/video/query/?fields=" + VIDEO_FIELDS, q.toString(), 1, true));
            default:
                return Optional.empty();
        }
    }

    @Override
    public void advance(ObjectNode s, Step step, JsonNode body) {
        if (step.name().equals("user-info")) {
            s.put("phase", s.get("maxPosts").asInt() > 0 ? "videos" : "done");
            return;
        }
        JsonNode data = body.path("data");
        int n = data.path("videos").size();
        for (JsonNode v : data.path("videos")) {
            long t = v.path("create_time").asLong(0);
            if (t > s.path("newest").asLong(0)) {
                s.put("newest", t);
            }
        }
        s.put("posts", s.get("posts").asInt() + n);
        if (data.hasNonNull("search_id")) {
            s.put("searchId", data.get("search_id").asText());
        }
        boolean more = data.path("has_more").asBoolean(false) && n > 0;
        if (!more || s.get("posts").asInt() >= s.get("maxPosts").asInt()) {
            s.put("phase", "done");
        } else {
            s.put("cursor", data.path("cursor").asLong(s.get("cursor").asLong() + n));
        }
    }

    @Override
    public JsonNode finished(ObjectNode s) {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        long newest = Math.max(s.path("newest").asLong(0), s.path("since").asLong(0));
        if (newest > 0) {
            f.put("newest", newest);
        }
        return f;
    }

    @Override
    public RuntimeException error(ApiResponse r, String handle, WorkspaceLabel workspace, Quota quota) {
        String code = null;
        String message = "";
        try {
            JsonNode e = JSON.readTree(r.body()).path("error");
            code = e.path("code").asText(null);
            message = e.path("message").asText("") + " (log_id "
                    + e.path("log_id").asText("") + ")";
        } catch (java.io.IOException | RuntimeException notJson) {
            // judged by the status alone
        }
        if (r.ok() && (code == null || code.equalsIgnoreCase("ok"))) {
            return null;
        }
        String what = "HTTP " + r.status() + " " + code + ": " + message;
        if (TOKEN_REFUSED.contains(code) || r.status() == 401) {
            return FetchStopped.credential("the TikTok access token of " + workspace + " was refused (" + what
                    + "); research client tokens last 2 hours: set a new one with `microscout credentials set"
                    + " tiktok" + workspace.option() + " --token-file FILE`");
        }
        if ("rate_limit_exceeded".equals(code) || "daily_quota_limit_exceeded".equals(code) || r.status() == 429) {
            return FetchStopped.quota(
                    "TikTok says the Research API limit is reached (" + what + ")",
                    ((DailyQuota) quota).spentToday(0).resumeAt());
        }
        return new ConnectorException("the TikTok Research API refused the call for @" + handle + " (" + what + ")");
    }

    @Override
    public HttpCalls.Platform http(Credential credential) {
        return HttpCalls.Platform.of(
                "TikTok Research", baseUrl, "Authorization", "Bearer " + credential.secret(), r -> false);
    }

    @Override
    public Quota quota(Credential credential) {
        return new DailyQuota(
                usage, Platform.TIKTOK, credential.keyId(), requestsPerDay, ZoneOffset.UTC, "requests", clock);
    }

    @Override
    public SourceReader reader(String handle) {
        return new TikTokReader(handle);
    }

    @Override
    public FetchEstimate estimate(int creators, FetchLimits limits, Quota quota) {
        long calls = (long) creators * (1 + Math.max(1, limits.postPages(MAX_PAGE)));
        return new FetchEstimate(
                creators,
                calls,
                calls,
                "requests",
                quota.left(),
                "TikTok Research API: " + String.format("%,d", requestsPerDay)
                        + " requests a day, the day ending at 00:00 UTC; videos of the last 30 days.");
    }
}
