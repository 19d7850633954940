package io.microscout.connector.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.Connector;
import io.microscout.connector.ConnectorException;
import io.microscout.connector.DailyQuota;
import io.microscout.connector.FetchEstimate;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.HttpCalls;
import io.microscout.connector.Quota;
import io.microscout.connector.Step;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.Credential;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.Platform;
import io.microscout.importer.SourceReader;
import io.microscout.importer.youtube.YouTubeDataReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * YouTube Data API v3 with the workspace's API key (sent as {@code X-goog-api-key}, so it is in no URL):
 * {@code channels.list?forHandle=@HANDLE} (or {@code id=UC...}; part snippet, statistics, contentDetails),
 * then the uploads playlist newest first ({@code playlistItems.list}, 50 a page) and {@code videos.list} of each
 * page's ids (statistics, contentDetails). Search.list (100 units) is never used.
 *
 * <p>Quota (https://developers.google.com/youtube/v3/determine_quota_cost): channels.list, playlistItems.list and
 * videos.list cost 1 unit each, search.list 100; a project has 10,000 units a day by default
 * (https://developers.google.com/youtube/v3/getting-started#quota), reset at midnight Pacific time. A refresh stops
 * listing at the page that reaches videos it already has (that page's statistics are fetched again).
 */
public final class YouTubeConnector implements Connector {
    static final int MAX_PAGE = 50;
    public static final long DEFAULT_UNITS_PER_DAY = 10_000;
    public static final ZoneId QUOTA_DAY = ZoneId.of("America/Los_Angeles");

    private final URI baseUrl;
    private final JdbiQuotaUsage usage;
    private final long unitsPerDay;
    private final Clock clock;

    public YouTubeConnector(URI baseUrl, JdbiQuotaUsage usage, long unitsPerDay, Clock clock) {
        this.baseUrl = baseUrl;
        this.usage = usage;
        this.unitsPerDay = unitsPerDay;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public String normalize(String handle) {
        String h = handle.strip();
        h = h.startsWith("@") ? h.substring(1) : h;
        return h.startsWith("UC") && h.length() == 24 ? h : h.toLowerCase(java.util.Locale.ROOT); // ids keep case
    }

    @Override
    public ObjectNode start(String handle, JsonNode previous, FetchLimits limits) {
        ObjectNode s = limits.startState(handle, "channel", MAX_PAGE);
        if (previous != null && previous.hasNonNull("newest")) {
            s.put("since", previous.get("newest").asText());
        }
        return s;
    }

    @Override
    public Optional<Step> next(ObjectNode s, Credential credential) {
        switch (s.get("phase").asText()) {
            case "channel":
                String h = s.get("handle").asText();
                String by = h.startsWith("UC") && h.length() == 24 ? "id=" + enc(h) : "forHandle=" + enc("@" + h);
                return Optional.of(Step.get(
                        "channels", "/youtube/v3/channels?part=snippet,statistics,contentDetails&" + by, 1, true));
            case "uploads":
                String token = s.hasNonNull("pageToken")
                        ? "&pageToken=" + enc(s.get("pageToken").asText())
                        : "";
                return Optional.of(Step.get(
                        "playlistItems",
                        "/youtube/v3/playlistItems?part=contentDetails,snippet&maxResults="
                                + s.get("pageSize").asInt() + "&playlistId="
                                + enc(s.get("uploads").asText()) + token,
                        1,
                        false));
            case "videos":
                List<String> ids = new ArrayList<>();
                s.get("pending").forEach(id -> ids.add(id.asText()));
                return Optional.of(Step.get(
                        "videos",
                        "/youtube/v3/videos?part=snippet,statistics,contentDetails&id=" + enc(String.join(",", ids)),
                        1,
                        true));
            default:
                return Optional.empty();
        }
    }

    @Override
    public void advance(ObjectNode s, Step step, JsonNode body) {
        switch (step.name()) {
            case "channels" -> {
                JsonNode channel = body.path("items").path(0);
                if (channel.isMissingNode()) {
                    throw new ConnectorException("no YouTube channel with the handle @"
                            + s.get("handle").asText());
                }
                String uploads = channel.path("contentDetails")
                        .path("relatedPlaylists")
                        .path("uploads")
                        .asText(null);
                if (uploads == null) {
                    // a channel's uploads playlist is its id with UU for UC (what relatedPlaylists.uploads holds)
                    uploads = "UU" + channel.path("id").asText().substring(2);
                }
                s.put("uploads", uploads);
                s.put("phase", s.get("maxPosts").asInt() > 0 ? "uploads" : "done");
            }
            case "playlistItems" -> readUploads(s, body);
            default -> {
                s.remove("pending");
                s.put("phase", s.path("last").asBoolean(false) ? "done" : "uploads");
            }
        }
    }

    private void readUploads(ObjectNode s, JsonNode body) {
        String since = s.path("since").asText(null);
        int room = s.get("maxPosts").asInt() - s.get("posts").asInt();
        ArrayNode pending = s.putArray("pending");
        boolean reachedKnown = false;
        for (JsonNode item : body.path("items")) {
            if (pending.size() >= room) {
                break;
            }
            String id = item.path("contentDetails").path("videoId").asText(null);
            if (id == null) {
                id = item.path("snippet").path("resourceId").path("videoId").asText(null);
            }
            String at = item.path("contentDetails").path("videoPublishedAt").asText(null);
            if (at == null) {
                at = item.path("snippet").path("publishedAt").asText(null);
            }
            if (id == null) {
                continue;
            }
            pending.add(id);
            if (at != null
                    && (!s.hasNonNull("newest") || at.compareTo(s.get("newest").asText()) > 0)) {
                s.put("newest", at); // RFC 3339 in UTC ("Z"): text order is time order
            }
            reachedKnown |= since != null && at != null && at.compareTo(since) <= 0;
        }
        s.put("posts", s.get("posts").asInt() + pending.size());
        String next = body.path("nextPageToken").asText(null);
        boolean last = next == null
                || reachedKnown
                || s.get("posts").asInt() >= s.get("maxPosts").asInt();
        s.put("last", last);
        if (next != null) {
            s.put("pageToken", next);
        }
        s.put("phase", pending.isEmpty() ? "done" : "videos");
    }

    @Override
    public JsonNode finished(ObjectNode s) {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        f.put(
                "newest",
                s.hasNonNull("newest")
                        ? s.get("newest").asText()
                        : s.path("since").asText(null));
        return f;
    }

    @Override
    public RuntimeException error(ApiResponse r, String handle, WorkspaceLabel workspace, Quota quota) {
        if (r.ok()) {
            return null;
        }
        return YouTubeErrors.toException(r, handle, workspace, (DailyQuota) quota);
    }

    @Override
    public HttpCalls.Platform http(Credential credential) {
        return HttpCalls.Platform.of(
                "YouTube Data",
                baseUrl,
                "X-goog-api-key",
                credential.secret(),
                r -> r.status() == 403
                        && YouTubeErrors.reasons(r).stream().anyMatch(YouTubeErrors.RATE_LIMITED::contains));
    }

    @Override
    public Quota quota(Credential credential) {
        return new DailyQuota(usage, Platform.YOUTUBE, credential.keyId(), unitsPerDay, QUOTA_DAY, "units", clock);
    }

    @Override
    public SourceReader reader(String handle) {
        return new YouTubeDataReader();
    }

    @Override
    public FetchEstimate estimate(int creators, FetchLimits limits, Quota quota) {
        long calls = (long) creators * (1 + 2L * limits.postPages(MAX_PAGE));
        return new FetchEstimate(
                creators,
                calls,
                calls,
                "quota units",
                quota.left(),
                "YouTube: channels.list, playlistItems.list and videos.list cost 1 unit each (search.list, 100, is"
                        + " not used); " + String.format("%,d", unitsPerDay) + " units a day per key, the day ending at"
                        + " midnight Pacific time.");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
