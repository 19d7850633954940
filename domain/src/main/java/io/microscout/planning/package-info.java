/**
 * The plan: which creators and deliverables a budget should buy to bring the most sales, engagement or
 * reach, within the brief's limits, with the forecast of what it brings and why each creator is in it.
 * Candidates come through the {@link io.microscout.planning.CandidateSource} port (discovery feeds it);
 * plans are kept through the {@link io.microscout.planning.Plans} port.
 */
package io.microscout.planning;
