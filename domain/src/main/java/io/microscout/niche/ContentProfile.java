package io.microscout.niche;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What MicroScout knows of a creator's content: niches, values shown, brand-safety exposure, accounts mentioned and
 * how many posts were sponsored. Every signal carries its post counts as evidence.
 *
 * @param postsRead      recent posts read
 * @param niches         detected niches, most confident first
 * @param values         value themes shown, by theme id
 * @param risks          risky topics present, by topic id
 * @param mentions       accounts @mentioned, with the number of posts mentioning each, most mentioned first
 * @param sponsoredPosts posts disclosed as sponsored (Post.sponsored)
 */
public record ContentProfile(
        int postsRead,
        List<NicheMatch> niches,
        Map<String, ThemeCount> values,
        Map<String, ThemeCount> risks,
        Map<String, Integer> mentions,
        int sponsoredPosts) {

    public ContentProfile {
        niches = List.copyOf(niches);
        values = Map.copyOf(values);
        risks = Map.copyOf(risks);
        mentions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentions));
    }

    /** Share of posts disclosed as sponsored (saturation), or null when no posts were read. */
    public Double sponsoredShare() {
        return postsRead == 0 ? null : (double) sponsoredPosts / postsRead;
    }

    public Optional<NicheMatch> niche(String id) {
        return niches.stream().filter(n -> n.nicheId().equals(id)).findFirst();
    }

    public List<String> nicheIds() {
        return niches.stream().map(NicheMatch::nicheId).toList();
    }
}
