package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentText;
import io.microscout.niche.CreatorContent;
import io.microscout.niche.TermEvidence;
import io.microscout.niche.ThemeCount;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the fit rules read about one creator and one brief.
 *
 * @param query           the words posts are matched against and whose they are (a brief's or a lookalike seed's)
 * @param maxKeywordScore the best keyword score among this query's hits (to put BM25 scores on 0..1)
 * @param tier            the creator's tier under the brief's tier scheme, or null when followers are unknown
 * @param relevance       how the relevance evidence is combined
 * @param keywordPosts    the posts carrying the query's keywords, with the keywords found: counted once, when the
 *                        context is made, however many rules and reasons read them
 */
record FitContext(
        Brief brief,
        QueryWords query,
        CreatorProfile profile,
        CreatorContent text,
        ContentProfile content,
        AudienceProfile audience,
        IndexHit hit,
        double maxKeywordScore,
        Tier tier,
        RelevanceModel relevance,
        ThemeCount keywordPosts) {

    FitContext(
            Brief brief,
            QueryWords query,
            CreatorProfile profile,
            CreatorContent text,
            ContentProfile content,
            AudienceProfile audience,
            IndexHit hit,
            double maxKeywordScore,
            Tier tier,
            RelevanceModel relevance) {
        this(
                brief,
                query,
                profile,
                text,
                content,
                audience,
                hit,
                maxKeywordScore,
                tier,
                relevance,
                keywordPosts(query, text));
    }

    private static ThemeCount keywordPosts(QueryWords query, CreatorContent text) {
        int matched = 0;
        Map<String, Integer> terms = new HashMap<>();
        for (var post : query.keywords().isEmpty() ? List.<ContentText>of() : text.posts()) {
            var found = query.vocabulary().matches(post);
            if (!found.isEmpty()) {
                matched++;
                found.keySet().forEach(t -> terms.merge(t, 1, Integer::sum));
            }
        }
        int read = text.postsRead();
        List<TermEvidence> ev = new ArrayList<>();
        terms.forEach((t, n) -> ev.add(new TermEvidence(t, n, read)));
        ev.sort(Comparator.comparingInt(TermEvidence::posts).reversed().thenComparing(TermEvidence::term));
        return new ThemeCount("keywords", matched, read, matched, false, ev);
    }
}
