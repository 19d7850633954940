package io.microscout.generator;

import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.util.List;

/**
 * The hidden decisions behind one generated account, from which its profile, posts, history and audience
 * are written.
 *
 * @param index              the account's number in the catalog (0-based), part of its post ids
 * @param followers          the follower count shown at asOf (fakes included)
 * @param organicFollowers   the followers whose engagement shows in posts (before a bought block or spike)
 * @param fakeShare          share of the audience that is fake, bought or spike newcomers
 * @param engagementMedian   median likes + comments of an organic, unsponsored post
 * @param postSigma          post-to-post sigma of ln(engagement)
 * @param commentsPerLike    the creator's typical comments per like
 * @param postsPerWeek       posting cadence
 * @param eventFollowers     followers that arrived with the bought block or spike (0 when none)
 * @param eventDaysAgo       days before asOf of the bought block or spike (0 when none)
 * @param monthlyGrowth      organic growth per 30 days
 */
record Persona(
        int index,
        String person,
        Platform platform,
        String handle,
        String displayName,
        int country,
        String language,
        String primaryNiche,
        String secondaryNiche,
        List<String> values,
        List<String> risks,
        FraudKind fraud,
        Tier tier,
        long followers,
        long organicFollowers,
        double fakeShare,
        double engagementMedian,
        double postSigma,
        double commentsPerLike,
        double postsPerWeek,
        long eventFollowers,
        int eventDaysAgo,
        double monthlyGrowth) {

    boolean writesEnglish() {
        return language.equals("en");
    }
}
