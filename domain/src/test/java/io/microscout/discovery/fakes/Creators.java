package io.microscout.discovery.fakes;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.discovery.CreatorProfile;
import io.microscout.metrics.CreatorMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small creator fixtures: an Instagram creator with posts cycling through the given captions. */
public final class Creators {
    private Creators() {}

    public static CreatorProfile creator(
            String handle,
            long followers,
            String country,
            String language,
            String bio,
            Double authenticity,
            int posts,
            String... captions) {
        return creator(handle, followers, country, language, bio, authenticity, 0, posts, captions);
    }

    /** With the first {@code sponsored} posts disclosed as sponsored. */
    public static CreatorProfile creator(
            String handle,
            long followers,
            String country,
            String language,
            String bio,
            Double authenticity,
            int sponsored,
            int posts,
            String... captions) {
        CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, handle);
        Creator c = Creator.builder(key)
                .displayName(handle)
                .biography(bio)
                .followers(followers)
                .countryCode(country)
                .languageCode(language)
                .build();
        return new CreatorProfile(c, posts(key, posts, sponsored, captions), metrics(0.03), authenticity, null);
    }

    public static List<Post> posts(CreatorKey key, int n, int sponsored, String... captions) {
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String caption = captions.length == 0 ? "" : captions[i % captions.length];
            out.add(new Post(
                    key,
                    key.handle() + "-" + i,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i),
                    PostFormat.PHOTO,
                    caption,
                    CaptionSignals.hashtags(caption),
                    CaptionSignals.mentions(caption),
                    1000L,
                    50L,
                    null,
                    null,
                    null,
                    i < sponsored,
                    null));
        }
        return out;
    }

    public static CreatorMetrics metrics(double medianEngagement) {
        return new CreatorMetrics(
                "last 30 posts",
                30,
                medianEngagement,
                medianEngagement,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2026-02-01T00:00:00Z"),
                null);
    }
}
