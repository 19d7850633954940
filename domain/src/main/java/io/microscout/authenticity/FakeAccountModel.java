package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tells fake accounts from real ones by their profile: boosted trees over {@link AccountFeature}s with a
 * decision threshold chosen for realistic audiences (see {@link ThresholdChoice}). It scores any profile,
 * however little is known of it, and reports which inputs it used and which were missing.
 *
 * @param heldOut     recall and false-positive rate at the threshold on held-out training accounts (may be null)
 * @param description where the model came from (data, command, seed), shown to users
 */
public record FakeAccountModel(
        List<AccountFeature> features, BoostedTrees trees, double threshold, ErrorRates heldOut, String description)
        implements AccountClassifier {

    public FakeAccountModel {
        features = List.copyOf(features);
        Objects.requireNonNull(trees, "trees");
        if (trees.featureCount() != features.size()) {
            throw new IllegalArgumentException(
                    "model has " + trees.featureCount() + " features, names " + features.size());
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1), got " + threshold);
        }
    }

    @Override
    public ErrorRates errorRates() {
        return heldOut;
    }

    public double fakeProbability(AccountProfile profile) {
        return trees.probability(AccountFeature.vector(features, profile));
    }

    /** The inputs this model reads. */
    public Set<AccountInput> inputs() {
        EnumSet<AccountInput> inputs = EnumSet.noneOf(AccountInput.class);
        features.forEach(f -> inputs.addAll(f.needs()));
        return inputs;
    }

    /** The same fake / missing answer as {@link #classify}, without its per-feature explanation (audience counts). */
    @Override
    public Flags flags(AccountProfile profile) {
        double p = trees.probability(AccountFeature.vector(features, profile));
        Set<AccountInput> present = profile.present();
        boolean missing = false;
        for (AccountInput input : inputs()) {
            missing |= !present.contains(input);
        }
        return new Flags(p >= threshold, missing);
    }

    @Override
    public AccountVerdict classify(AccountProfile profile) {
        double[] x = AccountFeature.vector(features, profile);
        double[] parts = trees.contributions(x);
        List<FeatureContribution> contributions = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            contributions.add(new FeatureContribution(features.get(i), Double.isNaN(x[i]) ? null : x[i], parts[i]));
        }
        contributions.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.logOdds())));
        Set<AccountInput> present = profile.present();
        EnumSet<AccountInput> used = EnumSet.noneOf(AccountInput.class);
        EnumSet<AccountInput> missing = EnumSet.noneOf(AccountInput.class);
        for (AccountInput input : inputs()) {
            (present.contains(input) ? used : missing).add(input);
        }
        double p = trees.probability(x);
        return new AccountVerdict(profile.username(), p, p >= threshold, threshold, used, missing, contributions);
    }
}
