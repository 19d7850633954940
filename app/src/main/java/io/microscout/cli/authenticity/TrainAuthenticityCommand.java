package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.importer.instafake.InstaFakeAccounts;
import io.microscout.models.AccountModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code microscout train authenticity --data DIR [--out FILE]}. */
@Command(name = "authenticity", mixinStandardHelpOptions = true,
        description = {"Train the fake-account classifier on the InstaFake fake-account data and write it as JSON.",
                "The model MicroScout ships is written by this command with its defaults:",
                "  ./microscout train authenticity --data ../shared/data/instafake/fake-v1.0",
                "Data: " + TrainingOptions.DATASET_CREDIT})
public final class TrainAuthenticityCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", defaultValue = AccountModelFile.SHIPPED_SOURCE,
            description = "Where to write the model (default: ${DEFAULT-VALUE}, the shipped model).")
    Path out;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() throws Exception {
        List<LabelledAccount> accounts = InstaFakeAccounts.read(options.data);
        FakeAccountTrainer.Settings settings = options.settings();
        long fakes = accounts.stream().filter(LabelledAccount::fake).count();
        String description = "Trained by `microscout train authenticity` on " + accounts.size() + " InstaFake accounts ("
                + fakes + " fake); " + TrainingOptions.DATASET_CREDIT;
        FakeAccountModel model = new FakeAccountTrainer(settings).train(accounts, description);
        AccountModelFile.write(model, TrainingOptions.toJson(settings, new ObjectMapper()), out);
        System.out.printf("trained on %d accounts (%d fake): %d trees, threshold %.2f, features %s%n",
                accounts.size(), fakes, model.trees().trees().size(), model.threshold(), model.features());
        System.out.println("wrote " + out);
        return 0;
    }
}
