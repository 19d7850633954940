package io.microscout.importer.youtube;

import io.microscout.creator.CountryNames;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.LanguageNames;
import io.microscout.creator.Platform;
import io.microscout.importer.json.JsonRecord;
import java.time.Instant;

/**
 * A {@code youtube#channel} resource. The handle is {@code snippet.customUrl} when it is a handle
 * ("@google"); a legacy custom URL ("googlecode") or none leaves the channel id as the handle.
 * {@code statistics.hiddenSubscriberCount=true} makes the subscriber count unknown, not zero. A country that
 * is not an ISO code is a problem; a language without an ISO 639-1 code is unknown.
 */
final class YouTubeChannels {
    private YouTubeChannels() {}

    static Creator read(JsonRecord r, Instant observedAt) {
        String id = r.requiredText("id");
        String customUrl = r.text("snippet.customUrl");
        String handle = customUrl != null && customUrl.trim().startsWith("@") ? customUrl : id;
        String title = r.text("snippet.title");
        String description = r.text("snippet.description");
        String country = r.text("snippet.country");
        String language = r.text("snippet.defaultLanguage");
        Boolean hidden = r.bool("statistics.hiddenSubscriberCount");
        Long subscribers = r.count("statistics.subscriberCount");
        Long views = r.lifetimeCount("statistics.viewCount");
        Long videos = r.count("statistics.videoCount");
        String countryCode = code(r, "snippet.country", country, CountryNames.code(country));
        // a BCP-47 language without an ISO 639-1 code ("yue", "haw") is valid data MicroScout cannot hold: unknown
        String languageCode = LanguageNames.code(language);
        if (!r.valid()) {
            return null;
        }
        return Creator.builder(CreatorKey.of(Platform.YOUTUBE, handle))
                .platformId(id)
                .displayName(title)
                .biography(description)
                .countryCode(countryCode)
                .languageCode(languageCode)
                .followers(Boolean.TRUE.equals(hidden) ? null : subscribers)
                .mediaCount(videos)
                .totalViews(views)
                .observedAt(observedAt)
                .build();
    }

    private static String code(JsonRecord r, String field, String given, String code) {
        if (given != null && !given.isBlank() && code == null) {
            r.invalid(field, "'" + given + "' is not a code we know");
        }
        return code;
    }
}
