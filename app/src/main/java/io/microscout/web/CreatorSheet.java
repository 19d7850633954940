package io.microscout.web;

import io.microscout.cli.ClaimEvidence;
import io.microscout.niche.ContentProfile;
import java.util.List;

/**
 * What the server keeps of one creator between writes: the view the API and the page show, and what the page
 * derives from it alone (niches and values with their evidence, every claim with its posts, the two charts). Nothing of a workspace.
 */
record CreatorSheet(
        CreatorView view,
        ContentProfile content,
        List<ClaimEvidence.Claim> claims,
        String followersChart,
        String engagementChart) {
    static CreatorSheet of(CreatorView v) {
        return new CreatorSheet(
                v,
                v.content(),
                v.claims(),
                Charts.followers(v.snapshots()),
                Charts.engagement(v.posts(), v.creator().followers()));
    }
}
