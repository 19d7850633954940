package io.microscout.discovery;

import io.microscout.creator.CreatorKey;

/** One candidate of a search with its relevance evidence (what {@link RelevanceModel} is fitted on). */
public record CandidateEvidence(CreatorKey key, RelevanceEvidence evidence) {}
