package io.microscout.importer.instagram;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.importer.json.JsonRecord;
import java.time.Instant;
import java.util.List;

/** An IG User node (business discovery or plain): username, name, biography, counts, website. */
final class InstagramProfiles {
    private InstagramProfiles() {}

    /** The profile as a creator observed at {@code observedAt} (the API gives no time), or null when invalid. */
    static Creator read(JsonRecord r, Instant observedAt) {
        String username = r.requiredText("username");
        String id = r.text("id");
        String website = r.text("website");
        String picture = r.text("profile_picture_url");
        Long followers = r.count("followers_count");
        Long following = r.count("follows_count");
        Long media = r.count("media_count");
        String name = r.text("name");
        String bio = r.text("biography");
        if (!r.valid()) {
            return null;
        }
        return Creator.builder(CreatorKey.of(Platform.INSTAGRAM, username))
                .platformId(id)
                .displayName(name)
                .biography(bio)
                .followers(followers)
                .following(following)
                .mediaCount(media)
                .hasProfilePicture(picture == null ? null : !picture.isBlank())
                .links(website == null || website.isBlank() ? List.of() : List.of(website.trim()))
                .observedAt(observedAt)
                .build();
    }
}
