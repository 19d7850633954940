package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountFeature;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.LabelledSource;
import io.microscout.importer.accounts.LabelledSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by {@code train authenticity} and {@code eval authenticity}. */
final class TrainingOptions {

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = {
                "A folder of labelled accounts (repeat for several sources): InstaFake's fake-v1.0, or under "
                        + "fake-accounts/: purba2020-instagram, parma2021-instagram, botometer-vendor-purchased-2019-twitter, "
                        + "cresci2017-twitter."
            })
    List<java.nio.file.Path> data;

    @Option(
            names = "--threshold",
            paramLabel = "X|auto",
            description = "Decision threshold (default: the shipped model's, chosen by the leave-one-source-out "
                    + "evaluation); 'auto' chooses it by an inner cross-validation for 10-30%% fakes.")
    String threshold;

    @Option(
            names = "--max-per-source",
            paramLabel = "N",
            description = "Subsample larger sources to N accounts, stratified (default: the shipped model's; 0 = all).")
    Integer maxPerSource;

    @Option(
            names = "--features",
            split = ",",
            paramLabel = "FEATURE",
            description = "Model features (default: ${DEFAULT-VALUE}); 'default' stands for the default set, "
                    + "others: PRIVATE, USERNAME_LENGTH.",
            defaultValue = "default")
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
                AccountFeature.defaults().stream()
                        .filter(f -> !chosen.contains(f))
                        .forEach(chosen::add);
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
        Double fixed = s.fixedThreshold();
        if (threshold != null) {
            fixed = "auto".equalsIgnoreCase(threshold.trim()) ? null : Double.valueOf(threshold.trim());
        }
        return new FakeAccountTrainer.Settings(
                s.features(),
                trees == null ? s.trees() : trees,
                depth == null ? s.maxDepth() : depth,
                s.learningRate(),
                s.lambda(),
                s.minChildHessian(),
                s.dropoutCopies(),
                dropout == null ? s.dropoutProbability() : dropout,
                s.thresholdFolds(),
                seed == null ? s.seed() : seed,
                fixed,
                maxPerSource == null ? s.maxPerSource() : maxPerSource);
    }

    /** Every --data folder, read as a labelled source. */
    List<LabelledSource> sources() throws java.io.IOException {
        List<LabelledSource> sources = new ArrayList<>();
        for (java.nio.file.Path dir : data) {
            LabelledSource s = LabelledSets.read(dir);
            if (sources.stream().anyMatch(o -> o.name().equals(s.name()))) {
                throw new IllegalArgumentException("--data: source " + s.name() + " given twice");
            }
            sources.add(s);
        }
        return sources;
    }

    /** The accounts of all sources, in order. */
    static List<LabelledAccount> pooled(List<LabelledSource> sources) {
        List<LabelledAccount> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.accounts()));
        return all;
    }

    /** Names and credits of the sources, for model files and reports. */
    static String credits(List<LabelledSource> sources) {
        StringBuilder b = new StringBuilder();
        for (LabelledSource s : sources) {
            b.append(b.length() == 0 ? "" : "; ")
                    .append(s.name())
                    .append(" (")
                    .append(s.accounts().size())
                    .append(" accounts, ")
                    .append(s.fakes())
                    .append(" fake): ")
                    .append(s.credit());
        }
        return b.toString();
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
        if (s.fixedThreshold() != null) {
            n.put("threshold", s.fixedThreshold());
            n.put("thresholdChosenBy", "leave-one-source-out evaluation (docs/authenticity.md)");
        } else {
            n.put("thresholdChosenFor", "mean F1 over audiences with 10%, 20%, 30% fakes");
        }
        n.put("maxPerSource", s.maxPerSource());
        n.put("sourceWeighting", "each source weighs the same; fakes and real accounts half each");
        n.put("seed", s.seed());
        return n;
    }
}
