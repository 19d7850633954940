package io.microscout.connector.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.Connector;
import io.microscout.connector.ConnectorException;
import io.microscout.connector.FetchEstimate;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.FetchStopped;
import io.microscout.connector.HttpCalls;
import io.microscout.connector.Quota;
import io.microscout.connector.Sleeper;
import io.microscout.connector.Step;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.Credential;
import io.microscout.creator.Platform;
import io.microscout.importer.SourceReader;
import io.microscout.importer.instagram.InstagramGraphReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Instagram Graph API business discovery
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery):
 * {@code GET /{ig-user-id}?fields=business_discovery.username(HANDLE){...}} with the workspace's business account
 * id and its token (sent as {@code Authorization: Bearer}). One call for the profile, then media pages
 * ({@code media.limit(N).after(CURSOR)}, at most 50 a page), newest first. A refresh stops at the first page that
 * reaches media it already has (the newest page always comes again: fresh like and comment counts of recent posts).
 */
public final class InstagramConnector implements Connector {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._]{1,30}");
    static final int MAX_PAGE = 50;
    private static final String PROFILE_FIELDS =
            "id,username,name,biography,website,followers_count,follows_count,media_count,profile_picture_url";
    private static final String MEDIA_FIELDS =
            "id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp";
    /** Graph API error codes of throttling: 4 app, 17 user, 32 page, 613 custom, 80002 Instagram business use case. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80002);

    private final URI baseUrl;
    private final String version;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxWait;

    public InstagramConnector(URI baseUrl, String version, Sleeper sleeper, Clock clock, Duration maxWait) {
        this.baseUrl = baseUrl;
        this.version = version;
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public ObjectNode start(String handle, JsonNode previous, FetchLimits limits) {
        if (!USERNAME.matcher(handle).matches()) {
            throw new ConnectorException(
                    "'" + handle + "' is not an Instagram username (letters, digits, '.' and" + " '_', at most 30)");
        }
        ObjectNode s = limits.startState(handle, "profile", MAX_PAGE);
        if (previous != null && previous.hasNonNull("newest")) {
            s.put("since", previous.get("newest").asText());
        }
        return s;
    }

    @Override
    public Optional<Step> next(ObjectNode s, Credential credential) {
        String account = credential.account();
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("the Instagram credential names no business account id: set it"
                    + " again with --account IG_USER_ID");
        }
        String handle = s.get("handle").asText();
        String path = "/" + version + "/" + account + "?fields=";
        switch (s.get("phase").asText()) {
            case "profile":
                return Optional.of(Step.get(
                        "profile",
                        path + enc("business_discovery.username(" + handle + "){" + PROFILE_FIELDS + "}"),
                        1,
                        true));
            case "media":
                String after =
                        s.hasNonNull("after") ? ".after(" + s.get("after").asText() + ")" : "";
                String media = "media.limit(" + s.get("pageSize").asInt() + ")" + after + "{" + MEDIA_FIELDS + "}";
                return Optional.of(Step.get(
                        "media", path + enc("business_discovery.username(" + handle + "){" + media + "}"), 1, true));
            default:
                return Optional.empty();
        }
    }

    @Override
    public void advance(ObjectNode s, Step step, JsonNode body) {
        if (step.name().equals("profile")) {
            s.put("phase", s.get("maxPosts").asInt() > 0 ? "media" : "done");
            return;
        }
        JsonNode media = body.path("business_discovery").path("media");
        JsonNode data = media.path("data");
        String since = s.path("since").asText(null);
        boolean reachedKnown = false;
        for (JsonNode m : data) {
            String t = m.path("timestamp").asText(null);
            if (t != null
                    && (s.path("newest").isMissingNode()
                            || t.compareTo(s.get("newest").asText()) > 0)) {
                s.put("newest", t); // Graph API timestamps are ISO 8601 in UTC (+0000): text order is time order
            }
            reachedKnown |= since != null && t != null && t.compareTo(since) <= 0;
        }
        int posts = s.get("posts").asInt() + data.size();
        s.put("posts", posts);
        String after = media.path("paging").path("cursors").path("after").asText(null);
        boolean repeated = after != null && after.equals(s.path("after").asText(null));
        if (data.isEmpty()
                || after == null
                || repeated
                || reachedKnown
                || posts >= s.get("maxPosts").asInt()) {
            s.put("phase", "done");
        } else {
            s.put("after", after);
        }
    }

    @Override
    public JsonNode finished(ObjectNode s) {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        String newest = s.hasNonNull("newest")
                ? s.get("newest").asText()
                : s.path("since").asText(null);
        f.put("newest", newest);
        return f;
    }

    @Override
    public RuntimeException error(ApiResponse r, String handle, WorkspaceLabel workspace, Quota quota) {
        JsonNode error = InstagramErrors.error(r);
        if (r.ok() && error == null) {
            return null;
        }
        return InstagramErrors.toException(r, error, handle, workspace, clock);
    }

    @Override
    public HttpCalls.Platform http(Credential credential) {
        return HttpCalls.Platform.of(
                "Instagram Graph", baseUrl, "Authorization", "Bearer " + credential.secret(), r -> {
                    JsonNode e = InstagramErrors.error(r);
                    return e != null && e.path("is_transient").asBoolean(false);
                });
    }

    @Override
    public Quota quota(Credential credential) {
        return new MetaUsage(sleeper, clock, maxWait);
    }

    @Override
    public SourceReader reader(String handle) {
        return new InstagramGraphReader();
    }

    @Override
    public FetchEstimate estimate(int creators, FetchLimits limits, Quota quota) {
        long calls = (long) creators * (1 + limits.postPages(MAX_PAGE));
        return new FetchEstimate(
                creators,
                calls,
                calls,
                "Graph API calls",
                null,
                "Instagram: no daily unit budget; Meta reports usage of a rolling hour in X-App-Usage and"
                        + " X-Business-Use-Case-Usage, and MicroScout pauses from " + MetaUsage.PACE_AT + "%.");
    }

    static boolean throttled(int code) {
        return THROTTLED.contains(code);
    }

    static FetchStopped stopped(String message, Clock clock, int minutes) {
        return FetchStopped.quota(message, clock.instant().plus(Duration.ofMinutes(minutes)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
