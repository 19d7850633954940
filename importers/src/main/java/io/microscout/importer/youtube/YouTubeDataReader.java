package io.microscout.importer.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportReadBuilder;
import io.microscout.importer.json.JsonDocument;
import io.microscout.importer.json.JsonRecord;
import io.microscout.importer.json.JsonSourceReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one YouTube Data API v3 response: a {@code youtube#channelListResponse}, a
 * {@code youtube#videoListResponse}, or a single channel or video resource. A video names its channel by
 * {@code snippet.channelId}, found among the channels of the same response, then of the import command and
 * the catalog. An error response ({@code {"error":{...}}}) is reported as such.
 */
public final class YouTubeDataReader extends JsonSourceReader {

    @Override
    public String format() {
        return "youtube";
    }

    @Override
    protected void read(JsonNode root, ImportOptions options, AccountLookup accounts, ImportReadBuilder out) {
        if (root.has("error")) {
            JsonRecord error = new JsonRecord(root.get("error"), "$.error", out.problems());
            error.invalid(
                    "message",
                    "the YouTube API answered with an error " + error.text("code") + " " + error.text("status") + ": "
                            + error.text("message"));
            return;
        }
        String kind = root.path("kind").asText("");
        boolean list = kind.isEmpty()
                || kind.equals("youtube#channelListResponse")
                || kind.equals("youtube#videoListResponse");
        if (list && root.path("items").isArray()) {
            JsonNode items = root.get("items");
            Map<String, CreatorKey> channels = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                readItem(
                        new JsonRecord(items.get(i), JsonDocument.element("$.items", i), out.problems()),
                        kind,
                        options,
                        accounts,
                        channels,
                        out);
            }
        } else if (kind.equals("youtube#channel") || kind.equals("youtube#video")) {
            readItem(new JsonRecord(root, "$", out.problems()), kind, options, accounts, new HashMap<>(), out);
        } else {
            out.problems()
                    .add(
                            "$",
                            "kind",
                            "not a channels or videos response of the YouTube Data API (kind '" + kind
                                    + "'); expected youtube#channelListResponse or youtube#videoListResponse");
        }
    }

    private static void readItem(
            JsonRecord item,
            String responseKind,
            ImportOptions options,
            AccountLookup accounts,
            Map<String, CreatorKey> channels,
            ImportReadBuilder out) {
        out.recordSeen();
        String kind = item.has("kind") ? item.text("kind") : responseKind.replace("ListResponse", "");
        if ("youtube#channel".equals(kind)) {
            Creator channel = YouTubeChannels.read(item, options.importedAt());
            if (channel != null) {
                out.addWithSnapshot(channel, item.path());
                channels.put(channel.platformId(), channel.key());
            }
        } else if ("youtube#video".equals(kind)) {
            CreatorKey channel = channel(item, accounts, channels);
            if (channel != null) {
                Post video = YouTubeVideos.read(item, channel);
                if (video != null) {
                    out.add(video, item.path());
                }
            }
        } else {
            item.invalid("kind", "'" + kind + "' is neither a channel nor a video");
        }
    }

    private static CreatorKey channel(JsonRecord video, AccountLookup accounts, Map<String, CreatorKey> channels) {
        String channelId = video.requiredText("snippet.channelId");
        if (channelId == null) {
            return null;
        }
        CreatorKey key = channels.get(channelId);
        if (key == null) {
            key = accounts.byPlatformId(Platform.YOUTUBE, channelId).orElse(null);
        }
        if (key == null) {
            video.invalid(
                    "snippet.channelId",
                    "channel " + channelId + " is neither in this import nor in the"
                            + " catalog; import its channels response in the same command");
        }
        return key;
    }
}
