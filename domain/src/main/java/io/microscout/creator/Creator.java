package io.microscout.creator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A creator's account on one platform, as last observed. Counts are {@code null} when the source did not
 * say (a hidden YouTube subscriber count is unknown, not zero).
 *
 * @param key          platform and handle
 * @param platformId   the platform's own id of the account (Instagram user id, YouTube channel id), if known
 * @param person       groups accounts of the same person across platforms (free text id), if known
 * @param countryCode  ISO 3166-1 alpha-2, upper case, if known
 * @param languageCode ISO 639-1, lower case, if known
 * @param observedAt   when the counts were true (the source's time, or the import time)
 * @param stated       engagement figures a source file states (a spreadsheet's averages), or null
 */
public record Creator(
        CreatorKey key,
        String platformId,
        String person,
        String displayName,
        String biography,
        String countryCode,
        String languageCode,
        Long followers,
        Long following,
        Long mediaCount,
        Long totalViews,
        Long totalLikes,
        Boolean verified,
        Boolean hasProfilePicture,
        Boolean privateAccount,
        List<String> links,
        String contactEmail,
        String category,
        Instant observedAt,
        StatedEngagement stated) {

    public Creator {
        Objects.requireNonNull(key, "key");
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Platform platform() {
        return key.platform();
    }

    public String handle() {
        return key.handle();
    }

    /** A builder, so that importers and tests only name what they know. */
    public static CreatorBuilder builder(CreatorKey key) {
        return new CreatorBuilder(key);
    }

    public CreatorBuilder toBuilder() {
        return new CreatorBuilder(this);
    }
}
