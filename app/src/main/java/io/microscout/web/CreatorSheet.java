package io.microscout.web;

import io.microscout.niche.ContentProfile;

/**
 * What the server keeps of one creator between writes: the view the API and the page show, and what the page
 * derives from it alone (niches and values with their evidence, the two charts). Nothing of a workspace.
 */
record CreatorSheet(CreatorView view, ContentProfile content, String followersChart, String engagementChart) {
    static CreatorSheet of(CreatorView v) {
        return new CreatorSheet(
                v,
                v.content(),
                Charts.followers(v.snapshots()),
                Charts.engagement(v.posts(), v.creator().followers()));
    }
}
