package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountFeature;
import io.microscout.authenticity.FakeAccountTrainer;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Options shared by {@code train authenticity} and {@code eval authenticity}. */
final class TrainingOptions {
    static final String DATASET_CREDIT = "InstaFake fake-v1.0 (Akyon & Kalfaoglu, \"Instagram Fake and Automated "
            + "Account Detection\", ASYU 2019, arXiv:1910.03090), licence CC BY-NC 4.0";

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "InstaFake folder with fakeAccountData.json and realAccountData.json.")
    java.nio.file.Path data;

    @Option(names = "--features", split = ",", paramLabel = "FEATURE",
            description = "Model features (default: ${DEFAULT-VALUE}); 'default' stands for the default set, "
                    + "others: PRIVATE, USERNAME_LENGTH.", defaultValue = "default")
    List<String> features;

    @Option(names = "--seed", description = "Random seed (default: the shipped model's).")
    Long seed;

    @Option(names = "--trees", description = "Boosting rounds (default: the shipped model's).")
    Integer trees;

    @Option(names = "--depth", description = "Tree depth (default: the shipped model's).")
    Integer depth;

    @Option(names = "--dropout", description = "Feature-dropout probability (default: the shipped model's).")
    Double dropout;

    FakeAccountTrainer.Settings settings() {
        FakeAccountTrainer.Settings defaults = FakeAccountTrainer.Settings.defaults();
        List<AccountFeature> chosen = new ArrayList<>();
        for (String name : features) {
            String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (n.equals("DEFAULT")) {
                AccountFeature.defaults().stream().filter(f -> !chosen.contains(f)).forEach(chosen::add);
                continue;
            }
            try {
                AccountFeature f = AccountFeature.valueOf(n);
                if (!chosen.contains(f)) {
                    chosen.add(f);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--features: unknown feature '" + name + "'; known: default, "
                        + java.util.Arrays.toString(AccountFeature.values()));
            }
        }
        FakeAccountTrainer.Settings s = defaults.withFeatures(chosen);
        return new FakeAccountTrainer.Settings(s.features(), trees == null ? s.trees() : trees,
                depth == null ? s.maxDepth() : depth, s.learningRate(), s.lambda(), s.minChildHessian(),
                s.dropoutCopies(), dropout == null ? s.dropoutProbability() : dropout, s.thresholdFolds(),
                seed == null ? s.seed() : seed);
    }

    static ObjectNode toJson(FakeAccountTrainer.Settings s, ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("model", "gradient-boosted trees, logistic loss, monotone constraints, learned missing-value directions");
        n.put("trees", s.trees());
        n.put("maxDepth", s.maxDepth());
        n.put("learningRate", s.learningRate());
        n.put("lambda", s.lambda());
        n.put("minChildHessian", s.minChildHessian());
        n.put("featureDropoutCopies", s.dropoutCopies());
        n.put("featureDropoutProbability", s.dropoutProbability());
        n.put("thresholdFolds", s.thresholdFolds());
        n.put("thresholdChosenFor", "mean F1 over audiences with 10%, 20%, 30% fakes");
        n.put("seed", s.seed());
        n.put("dataset", DATASET_CREDIT);
        return n;
    }
}
