package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import io.microscout.niche.ContentProfile;
import io.microscout.tier.Tier;

/** One result of discovery: its rank (1 = best), who it is, and its fit with every component. */
public record RankedCreator(
        int rank,
        CreatorKey key,
        String displayName,
        Long followers,
        Tier tier,
        FitScore fit,
        ContentProfile content) {}
