package io.microscout.store;

import io.microscout.creator.Creator;
import io.microscout.creator.Post;
import io.microscout.creator.StatedEngagement;
import java.util.List;

/**
 * How an incoming record combines with the stored one. A source that does not give a field (null, or an empty
 * list) leaves the stored value alone: a YouTube video fetched without statistics does not erase its counts,
 * a hidden subscriber count keeps the last known one. A profile observed earlier than the stored one only
 * fills gaps, so importing an old file after a new one does not roll the catalog back.
 */
final class Upserts {
    private Upserts() {}

    static Creator merge(Creator stored, Creator incoming) {
        boolean older = incoming.observedAt() != null
                && stored.observedAt() != null
                && incoming.observedAt().isBefore(stored.observedAt());
        Creator first = older ? stored : incoming;
        Creator second = older ? incoming : stored;
        return Creator.builder(stored.key())
                .platformId(pick(first.platformId(), second.platformId()))
                .person(pick(first.person(), second.person()))
                .displayName(pick(first.displayName(), second.displayName()))
                .biography(pick(first.biography(), second.biography()))
                .countryCode(pick(first.countryCode(), second.countryCode()))
                .languageCode(pick(first.languageCode(), second.languageCode()))
                .followers(pick(first.followers(), second.followers()))
                .following(pick(first.following(), second.following()))
                .mediaCount(pick(first.mediaCount(), second.mediaCount()))
                .totalViews(pick(first.totalViews(), second.totalViews()))
                .totalLikes(pick(first.totalLikes(), second.totalLikes()))
                .verified(pick(first.verified(), second.verified()))
                .hasProfilePicture(pick(first.hasProfilePicture(), second.hasProfilePicture()))
                .privateAccount(pick(first.privateAccount(), second.privateAccount()))
                .links(pick(first.links(), second.links()))
                .contactEmail(pick(first.contactEmail(), second.contactEmail()))
                .category(pick(first.category(), second.category()))
                .observedAt(pick(first.observedAt(), second.observedAt()))
                .stated(stated(stored.stated(), first.stated(), second.stated()))
                .build();
    }

    /**
     * The stated engagement: the later file's when it states any, else the stored one. The same figures from the
     * same file and columns keep the stored import time, so re-importing a file changes nothing.
     */
    private static StatedEngagement stated(StatedEngagement stored, StatedEngagement first, StatedEngagement second) {
        StatedEngagement picked = pick(first, second);
        return picked != null && picked.sameAs(stored) ? stored : picked;
    }

    /** The incoming post wins field by field where it says something; its creator is the incoming one. */
    static Post merge(Post stored, Post incoming) {
        return new Post(
                incoming.creator(),
                incoming.platformPostId(),
                pick(incoming.publishedAt(), stored.publishedAt()),
                pick(incoming.format(), stored.format()),
                pick(incoming.caption(), stored.caption()),
                pick(incoming.hashtags(), stored.hashtags()),
                pick(incoming.mentions(), stored.mentions()),
                pick(incoming.likes(), stored.likes()),
                pick(incoming.comments(), stored.comments()),
                pick(incoming.views(), stored.views()),
                pick(incoming.shares(), stored.shares()),
                pick(incoming.saves(), stored.saves()),
                incoming.sponsored(),
                pick(incoming.url(), stored.url()));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static List<String> pick(List<String> preferred, List<String> fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }
}
