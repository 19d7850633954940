package io.microscout.importer.instagram;

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
 * Reads one Instagram Graph API response. Shapes understood:
 * <ul>
 *   <li>business discovery profile: {@code {"business_discovery":{"id","username","followers_count",...}}};</li>
 *   <li>business discovery media page: {@code {"business_discovery":{"media":{"data":[...]},"id":ACCOUNT_ID}}},
 *       whose account is found by its id, in the same response, the same import command or the catalog;</li>
 *   <li>both in one response;</li>
 *   <li>a plain IG User ({@code {"id","username",...}}) and a plain media list ({@code {"data":[...]}}) whose
 *       items name their owner by {@code username} or {@code owner.id}. A plain list without either (the
 *       {@code /{ig-user-id}/media} edge asked without those fields) names no account and is reported.</li>
 * </ul>
 * The API gives profiles no time, so a profile is observed at the import time, with a follower snapshot then.
 */
public final class InstagramGraphReader extends JsonSourceReader {

    @Override
    public String format() {
        return "instagram-graph";
    }

    @Override
    protected void read(JsonNode root, ImportOptions options, AccountLookup accounts, ImportReadBuilder out) {
        if (root.has("error")) {
            JsonRecord error = new JsonRecord(root.get("error"), "$.error", out.problems());
            error.invalid(
                    "message",
                    "the Graph API answered with an error: " + error.text("message") + " (type " + error.text("type")
                            + ", code " + error.text("code") + ")");
        } else if (root.has("business_discovery")) {
            readAccount(
                    new JsonRecord(root.get("business_discovery"), "$.business_discovery", out.problems()),
                    options,
                    accounts,
                    out);
        } else if (root.has("username")) {
            readAccount(new JsonRecord(root, "$", out.problems()), options, accounts, out);
        } else if (root.path("data").isArray()) {
            readOwnedMedia(root.get("data"), accounts, out);
        } else {
            out.problems()
                    .add(
                            "$",
                            null,
                            "not an Instagram Graph API profile or media response: expected"
                                    + " business_discovery, a user with a username, or a data list of media");
        }
    }

    /** A profile, its media page, or both. */
    private static void readAccount(
            JsonRecord account, ImportOptions options, AccountLookup accounts, ImportReadBuilder out) {
        CreatorKey owner = null;
        boolean hasProfile = account.has("username") || account.has("followers_count");
        if (hasProfile) {
            out.recordSeen();
            Creator creator = InstagramProfiles.read(account, options.importedAt());
            if (creator != null) {
                out.addWithSnapshot(creator, account.path());
                owner = creator.key();
            }
        }
        JsonNode media = account.at("media.data");
        if (!media.isArray()) {
            if (owner == null && account.valid()) {
                out.problems().add(account.path(), null, "holds neither profile fields (username) nor media.data");
            }
            return;
        }
        if (owner == null && !hasProfile) {
            String id = account.text("id");
            owner = id == null
                    ? null
                    : accounts.byPlatformId(Platform.INSTAGRAM, id).orElse(null);
            if (owner == null) {
                out.problems()
                        .add(
                                account.path("id"),
                                "id",
                                id == null
                                        ? "the media page names no business account id"
                                        : "business account " + id + " is neither in this import nor in the catalog;"
                                                + " import its profile response (business_discovery with username) in the same command");
            }
        }
        // an invalid profile in the same response leaves its media unread: its own problems say why
        String arrayPath = account.path("media.data");
        for (int i = 0; i < media.size(); i++) {
            out.recordSeen();
            if (owner != null) {
                String at = JsonDocument.element(arrayPath, i);
                Post post = InstagramMedia.read(new JsonRecord(media.get(i), at, out.problems()), owner);
                if (post != null) {
                    out.add(post, at);
                }
            }
        }
    }

    /** A plain media list: each item must name its owner. */
    private static void readOwnedMedia(JsonNode data, AccountLookup accounts, ImportReadBuilder out) {
        int unowned = 0;
        for (int i = 0; i < data.size(); i++) {
            out.recordSeen();
            JsonRecord item = new JsonRecord(data.get(i), JsonDocument.element("$.data", i), out.problems());
            CreatorKey owner = owner(item, accounts);
            if (owner == null) {
                unowned++;
                continue;
            }
            Post post = InstagramMedia.read(item, owner);
            if (post != null) {
                out.add(post, item.path());
            }
        }
        if (unowned > 0) {
            out.problems()
                    .add(
                            "$.data",
                            null,
                            unowned + " of " + data.size() + " media name no account we know:"
                                    + " a plain media list must carry username or owner.id per media (ask for fields=...,username,owner),"
                                    + " or use business discovery");
        }
    }

    private static CreatorKey owner(JsonRecord item, AccountLookup accounts) {
        String username = item.text("username");
        if (username != null && !username.isBlank()) {
            return CreatorKey.of(Platform.INSTAGRAM, username);
        }
        String ownerId = item.text("owner.id");
        return ownerId == null
                ? null
                : accounts.byPlatformId(Platform.INSTAGRAM, ownerId).orElse(null);
    }
}
