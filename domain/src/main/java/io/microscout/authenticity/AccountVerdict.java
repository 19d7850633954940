package io.microscout.authenticity;

import java.util.List;
import java.util.Set;

/**
 * The classifier's answer for one account, with what it rests on.
 *
 * @param fakeProbability probability of being fake (calibrated to the training data's share of fakes)
 * @param fake            fakeProbability at or above the model's documented threshold
 * @param used            inputs the model used
 * @param missing         inputs the model would have used but the profile lacks
 * @param contributions   per feature, how much it pushed towards fake (log-odds), largest first
 */
public record AccountVerdict(
        String username,
        double fakeProbability,
        boolean fake,
        double threshold,
        Set<AccountInput> used,
        Set<AccountInput> missing,
        List<FeatureContribution> contributions) {
    public AccountVerdict {
        used = Set.copyOf(used);
        missing = Set.copyOf(missing);
        contributions = List.copyOf(contributions);
    }
}
