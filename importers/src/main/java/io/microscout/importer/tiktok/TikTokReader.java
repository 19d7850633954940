package io.microscout.importer.tiktok;

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

/**
 * Reads one TikTok API v2 response: user info ({@code {"data":{"user":{...}},"error":{...}}}) or a video
 * list ({@code {"data":{"videos":[...],"cursor":..,"has_more":..},"error":{...}}}). A response whose
 * {@code error.code} is not "ok" is reported with TikTok's message and log id. The video list names no user:
 * each video's creator is the "@handle" of its {@code share_url} ("https://www.tiktok.com/@handle/video/ID",
 * as the API returns it), or the user of the same response when it holds one.
 *
 * <p>Research API answers too (https://developers.tiktok.com/doc/research-api-specs-query-user-info and
 * .../research-api-specs-query-videos): a video query's videos carry {@code username}; a user info answer holds the
 * user's fields directly in {@code data} and names no user, so it is read only for a given handle (the one the
 * request asked for: {@code fetch} passes it, {@code import --format tiktok --creator tiktok:HANDLE} replays it).
 */
public final class TikTokReader extends JsonSourceReader {
    private final String researchUser;

    public TikTokReader() {
        this(null);
    }

    /** Reading Research API user info answers as the user with that handle. */
    public TikTokReader(String researchUser) {
        this.researchUser = researchUser;
    }

    @Override
    public String format() {
        return "tiktok";
    }

    @Override
    protected void read(JsonNode root, ImportOptions options, AccountLookup accounts, ImportReadBuilder out) {
        JsonRecord error = new JsonRecord(root.path("error"), "$.error", out.problems());
        String code = error.text("code");
        if (code != null && !code.equalsIgnoreCase("ok")) {
            error.invalid(
                    "code",
                    "the TikTok API answered with error '" + code + "': " + error.text("message") + " (log_id "
                            + error.text("log_id") + ")");
            return;
        }
        JsonNode data = root.path("data");
        if (!data.has("user") && !data.path("videos").isArray() && data.has("follower_count")) {
            readResearchUser(data, options, out);
            return;
        }
        if (!data.has("user") && !data.path("videos").isArray()) {
            out.problems()
                    .add(
                            "$.data",
                            null,
                            "not a TikTok user info or video list response: expected data.user or data.videos");
            return;
        }
        CreatorKey user = null;
        if (data.has("user")) {
            out.recordSeen();
            Creator creator = TikTokUsers.read(
                    new JsonRecord(data.get("user"), "$.data.user", out.problems()), options.importedAt());
            if (creator != null) {
                out.addWithSnapshot(creator, "$.data.user");
                user = creator.key();
            }
        }
        JsonNode videos = data.path("videos");
        for (int i = 0; i < videos.size(); i++) {
            out.recordSeen();
            JsonRecord video = new JsonRecord(videos.get(i), JsonDocument.element("$.data.videos", i), out.problems());
            CreatorKey creator = creator(video, user);
            if (creator != null) {
                Post post = TikTokVideos.read(video, creator);
                if (post != null) {
                    out.add(post, video.path());
                }
            }
        }
    }

    private void readResearchUser(JsonNode data, ImportOptions options, ImportReadBuilder out) {
        out.recordSeen();
        if (researchUser == null) {
            out.problems()
                    .add(
                            "$.data",
                            "username",
                            "a Research API user info answer names no user; import it with --creator tiktok:HANDLE"
                                    + " (the username the request asked for)");
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode user = data.deepCopy();
        user.put("username", researchUser);
        Creator creator = TikTokUsers.read(new JsonRecord(user, "$.data", out.problems()), options.importedAt());
        if (creator != null) {
            out.addWithSnapshot(creator, "$.data");
        }
    }

    private static CreatorKey creator(JsonRecord video, CreatorKey user) {
        String handle = TikTokLinks.handle(video.text("share_url"));
        if (handle == null
                && video.text("username") != null
                && !video.text("username").isBlank()) {
            handle = video.text("username").strip();
        }
        if (handle != null) {
            return CreatorKey.of(Platform.TIKTOK, handle);
        }
        if (user == null) {
            video.invalid(
                    "share_url",
                    "names no @handle (" + video.text("share_url") + "), and the video list names"
                            + " no user; ask for the share_url field");
        }
        return user;
    }
}
