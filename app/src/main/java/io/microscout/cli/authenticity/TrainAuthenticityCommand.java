package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.LabelledSource;
import io.microscout.authenticity.LeaveOneSourceOut;
import io.microscout.models.AccountModelFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microscout train authenticity --data DIR [--data DIR ...] [--out FILE]}. */
@Command(
        name = "authenticity",
        mixinStandardHelpOptions = true,
        description = {
            "Train the fake-account classifier on one or more labelled sources and write it as JSON.",
            "With several sources, the error rates the model carries (for audience estimates) are measured out of "
                    + "source: each source scored by a model trained on the others.",
            "The model MicroScout ships is written by this command with its defaults (docs/authenticity.md):",
            "  ./microscout train authenticity --data ../shared/data/instafake/fake-v1.0 \\",
            "    --data ../shared/data/fake-accounts/parma2021-instagram ... (the sources chosen there)"
        })
public final class TrainAuthenticityCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = AccountModelFile.SHIPPED_SOURCE,
            description = "Where to write the model (default: ${DEFAULT-VALUE}, the shipped model).")
    Path out;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() throws Exception {
        List<LabelledSource> sources = options.sources();
        List<LabelledAccount> accounts = TrainingOptions.pooled(sources);
        FakeAccountTrainer.Settings settings = options.settings();
        FakeAccountTrainer trainer = new FakeAccountTrainer(settings);
        long fakes = accounts.stream().filter(LabelledAccount::fake).count();
        String description = "Trained by `microscout train authenticity` on " + accounts.size() + " accounts (" + fakes
                + " fake) from " + sources.size() + " source(s): " + TrainingOptions.credits(sources);
        FakeAccountModel model;
        if (sources.size() >= 2 && settings.fixedThreshold() != null) {
            LeaveOneSourceOut.Report loso = LeaveOneSourceOut.run(sources, trainer);
            AccountClassifier.ErrorRates rates = LeaveOneSourceOut.outOfSourceRates(loso, Set.of());
            model = trainer.train(accounts, rates, description);
        } else {
            model = trainer.train(accounts, description);
        }
        ObjectNode training = TrainingOptions.toJson(settings, new ObjectMapper());
        training.put(
                "errorRatesMeasured",
                sources.size() >= 2 && settings.fixedThreshold() != null
                        ? "out of source: mean and spread over the sources, each scored by a model trained on the others"
                        : "inner cross-validation on the training data");
        AccountModelFile.write(model, training, out);
        System.out.printf(
                "trained on %d accounts (%d fake): %d trees, threshold %.2f, features %s%n",
                accounts.size(), fakes, model.trees().trees().size(), model.threshold(), model.features());
        if (model.heldOut() != null) {
            System.out.printf(
                    "error rates carried: recall %.3f (sd %.3f), false-positive rate %.3f (sd %.3f)%n",
                    model.heldOut().recall(),
                    model.heldOut().recallSd(),
                    model.heldOut().falsePositiveRate(),
                    model.heldOut().falsePositiveRateSd());
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
