package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.app.MicroScout;
import io.microscout.authenticity.AccountCalibration;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.WilsonInterval;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.importer.accounts.LabelledSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout authenticity calibrate FILE}: the classifier's error rates on the user's own labelled accounts. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the fake-account classifier on accounts you labelled yourself (a CSV of follower profiles, "
                    + "columns as for `authenticity classify`, with a label column: fake/real, 1/0, yes/no, bot/human),"
                    + " and correct every audience estimate of this home with those error rates instead of the ones"
                    + " measured on the training sources.",
            "Why: out of source the classifier calls 4%% to 42%% of real accounts fake depending on the population"
                    + " (docs/authenticity.md); an estimate corrected with your population's own rates covers the"
                    + " true share of fakes about 95%% of the time. Label at least 100 fake and 100 real accounts"
                    + " drawn from the audiences you vet; fewer than 10 of either are refused.",
            "Rescores every creator with a follower sample. Only counts are kept, not the accounts."
        })
public final class CalibrateCommand implements Callable<Integer> {

    @Mixin
    AccountFileOptions accountFile = new AccountFileOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV of labelled follower profiles.")
    Path file;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Instead of FILE: a folder of a published labelled set, as for `train authenticity`.")
    Path data;

    @Option(
            names = "--label",
            defaultValue = "label",
            paramLabel = "COLUMN",
            description = "The label column of FILE (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--dry-run", description = "Measure and print, keep nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (data == null)) {
            throw new IllegalArgumentException("give either FILE (your labelled accounts) or --data DIR");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<LabelledAccount> accounts =
                file != null ? readLabelled() : LabelledSets.read(data).accounts();
        String sample = (file != null ? file : data).getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            MicroScout.Calibrated result = app.calibrate(sample, accounts, !dryRun);
            AccountClassifier.ErrorRates before = result.modelRates();
            if (json) {
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(toJson(result, before, dryRun)));
            } else {
                print(out, result, before, dryRun);
            }
        }
        out.flush();
        return 0;
    }

    private List<LabelledAccount> readLabelled() throws IOException {
        try {
            return LabelledSets.readLabelled(
                    file, accountFile.fileFormat(), accountFile.map, accountFile.encoding, label);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("the label column '" + label + "' is missing")) {
                throw new IllegalArgumentException(
                        e.getMessage() + "; name the column that holds your labels with --label COLUMN", e);
            }
            throw e;
        }
    }

    private static void print(
            PrintWriter out, MicroScout.Calibrated result, AccountClassifier.ErrorRates before, boolean dryRun) {
        AccountCalibration c = result.calibration();
        WilsonInterval recall = WilsonInterval.of95(c.fakesFlagged(), c.fakes());
        WilsonInterval fpr = WilsonInterval.of95(c.realsFlagged(), c.reals());
        out.printf(
                Locale.ROOT,
                "%s: %d fake and %d real accounts labelled; the classifier flags %d of the fakes and %d of the real"
                        + " accounts%n",
                c.sample(),
                c.fakes(),
                c.reals(),
                c.fakesFlagged(),
                c.realsFlagged());
        out.printf(
                Locale.ROOT,
                "on your population: recall %.3f (95%% interval %.3f-%.3f), false-positive rate %.3f (%.3f-%.3f)%n",
                c.rates().recall(),
                recall.low(),
                recall.high(),
                c.rates().falsePositiveRate(),
                fpr.low(),
                fpr.high());
        if (before != null) {
            out.printf(
                    Locale.ROOT,
                    "the model's own, measured out of source: recall %.3f (sd %.3f), false-positive rate %.3f (sd"
                            + " %.3f)%n",
                    before.recall(),
                    before.recallSd(),
                    before.falsePositiveRate(),
                    before.falsePositiveRateSd());
        }
        if (c.fakes() < 100 || c.reals() < 100) {
            out.println("note: fewer than 100 of a kind: the rates, and every estimate using them, stay wide;"
                    + " label more for tighter intervals");
        }
        out.println(
                dryRun
                        ? "dry run: nothing kept"
                        : "kept: audience estimates now use these rates; " + result.creatorsRescored()
                                + " creator(s) with a follower sample rescored");
    }

    private static ObjectNode toJson(
            MicroScout.Calibrated result, AccountClassifier.ErrorRates before, boolean dryRun) {
        AccountCalibration c = result.calibration();
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("sample", c.sample())
                .put("model", c.model())
                .put("fakes", c.fakes())
                .put("fakesFlagged", c.fakesFlagged())
                .put("reals", c.reals())
                .put("realsFlagged", c.realsFlagged())
                .put("recall", c.rates().recall())
                .put("recallSd", c.rates().recallSd())
                .put("falsePositiveRate", c.rates().falsePositiveRate())
                .put("falsePositiveRateSd", c.rates().falsePositiveRateSd())
                .put("measuredAt", c.measuredAt().toString())
                .put("kept", !dryRun)
                .put("creatorsRescored", result.creatorsRescored());
        if (before != null) {
            root.putObject("outOfSource")
                    .put("recall", before.recall())
                    .put("recallSd", before.recallSd())
                    .put("falsePositiveRate", before.falsePositiveRate())
                    .put("falsePositiveRateSd", before.falsePositiveRateSd());
        }
        return root;
    }
}
