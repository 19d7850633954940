package io.microscout.importer.tiktok;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.importer.json.JsonRecord;
import java.time.Instant;
import java.util.List;

/**
 * A TikTok User object (fields of {@code /v2/user/info/}: open_id, username, display_name, bio_description,
 * is_verified, follower_count, following_count, likes_count, video_count, avatar_url, bio_url). The handle
 * is {@code username}, or the "@handle" of {@code profile_deep_link} when the username was not asked for.
 */
final class TikTokUsers {
    private TikTokUsers() {}

    static Creator read(JsonRecord r, Instant observedAt) {
        String handle = r.text("username");
        if (handle == null || handle.isBlank()) {
            handle = TikTokLinks.handle(r.text("profile_deep_link"));
        }
        if (handle == null) {
            r.invalid("username", "is missing (and profile_deep_link names no @handle); ask for fields=username");
        }
        String openId = r.text("open_id");
        String name = r.text("display_name");
        String bio = r.text("bio_description");
        Boolean verified = r.bool("is_verified");
        Long followers = r.count("follower_count");
        Long following = r.count("following_count");
        Long likes = r.lifetimeCount("likes_count");
        Long videos = r.count("video_count");
        String avatar = r.text("avatar_url");
        String bioUrl = r.text("bio_url");
        if (!r.valid()) {
            return null;
        }
        return Creator.builder(CreatorKey.of(Platform.TIKTOK, handle))
                .platformId(openId)
                .displayName(name)
                .biography(bio)
                .verified(verified)
                .followers(followers)
                .following(following)
                .totalLikes(likes)
                .mediaCount(videos)
                .hasProfilePicture(avatar == null ? null : !avatar.isBlank())
                .links(bioUrl == null || bioUrl.isBlank() ? List.of() : List.of(bioUrl.trim()))
                .observedAt(observedAt)
                .build();
    }
}
