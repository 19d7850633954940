package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.CreatorContent;
import io.microscout.tier.Tier;

/**
 * Everything the fit rules read about one creator and one brief.
 *
 * @param query           the words posts are matched against and whose they are (a brief's or a lookalike seed's)
 * @param maxKeywordScore the best keyword score among this query's hits (to put BM25 scores on 0..1)
 * @param tier            the creator's tier under the brief's tier scheme, or null when followers are unknown
 * @param relevance       how the relevance evidence is combined
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
        RelevanceModel relevance) {}
