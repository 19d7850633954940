package io.microscout.planning;

import java.util.List;

/**
 * Where plan candidates come from: discovery (creators matching the brief, with fit scores and prices), or
 * a synthetic catalog for trying the planner ({@link SyntheticCandidates}).
 */
public interface CandidateSource {

    List<PlanCandidate> candidatesFor(PlanBrief brief);

    /** Words for the output, e.g. "discovery on the catalog" or "SYNTHETIC: 2,000 generated creators". */
    String describe();

    /** True when the candidates are generated, not real creators: every output says so. */
    boolean synthetic();
}
