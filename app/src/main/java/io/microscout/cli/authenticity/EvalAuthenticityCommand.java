package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.BinaryMetrics;
import io.microscout.authenticity.FakeAccountEvaluation;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.LabelledSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microscout eval authenticity --data DIR [--json] [--min-accuracy X]}. */
@Command(
        name = "authenticity",
        mixinStandardHelpOptions = true,
        description = {
            "Stratified k-fold cross-validation of the fake-account classifier on one source (training "
                    + "repeated inside each fold), with robustness checks: inputs left out, other shares of fakes.",
            "--leave-one-source-out with several --data: each source judged by a model trained on the others, "
                    + "at one threshold, with calibration and a check of the audience fake-share intervals.",
            "Published result on this data: 96%% accuracy (Akyon & Kalfaoglu 2019)."
        })
public final class EvalAuthenticityCommand implements Callable<Integer> {
    /** The published accuracy on InstaFake's fake-account data (Akyon & Kalfaoglu 2019, abstract). */
    static final double PUBLISHED_ACCURACY = 0.96;

    static final double[] SHIFTED_FAKE_SHARES = {0.02, 0.05, 0.10, 0.20, 0.30};

    @Option(names = "--folds", defaultValue = "10", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(
            names = "--min-accuracy",
            paramLabel = "X",
            description = "Exit with code 1 when the cross-validated accuracy is below X (for CI).")
    Double minAccuracy;

    @Option(
            names = "--leave-one-source-out",
            description = "Train on every --data source but one and test on the one left out, for each source.")
    boolean leaveOneSourceOut;

    @Option(
            names = "--min-sensitivity",
            paramLabel = "X",
            description = "With --leave-one-source-out: exit 1 when a left-out source's sensitivity is below X.")
    Double minSensitivity;

    @Option(
            names = "--min-calibrated-coverage",
            paramLabel = "X",
            description = "With --leave-one-source-out: exit 1 when the calibrated audience interval covers a known"
                    + " share less often than X.")
    Double minCalibratedCoverage;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() throws Exception {
        List<LabelledSource> sources = options.sources();
        FakeAccountTrainer.Settings settings = options.settings();
        if (leaveOneSourceOut) {
            return new LeaveOneSourceOutView(json, minAccuracy, minSensitivity, minCalibratedCoverage)
                    .run(sources, settings);
        }
        if (sources.size() != 1) {
            throw new IllegalArgumentException(
                    "cross-validation reads one --data folder; several need " + "--leave-one-source-out");
        }
        List<LabelledAccount> accounts = sources.get(0).accounts();
        FakeAccountEvaluation.Report report = FakeAccountEvaluation.run(
                accounts,
                new FakeAccountTrainer(settings),
                folds,
                settings.seed(),
                FakeAccountEvaluation.standardScenarios(),
                SHIFTED_FAKE_SHARES);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (json) {
            System.out.println(mapper.writeValueAsString(toJson(report, settings, mapper)));
        } else {
            printTable(report);
        }
        double accuracy = report.pooled().accuracy();
        if (minAccuracy != null && accuracy < minAccuracy) {
            System.err.printf(
                    Locale.ROOT, "eval authenticity: accuracy %.4f is below the minimum %.4f%n", accuracy, minAccuracy);
            return 1;
        }
        return 0;
    }

    private static ObjectNode toJson(
            FakeAccountEvaluation.Report r, FakeAccountTrainer.Settings settings, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        BinaryMetrics m = r.pooled();
        root.put("accuracy", m.accuracy());
        root.put("precision", m.precision());
        root.put("recall", m.recall());
        root.put("f1", m.f1());
        root.put("rocAuc", m.rocAuc());
        root.put("threshold", m.threshold());
        root.put("accuracyStdAcrossFolds", r.accuracyStandardDeviation());
        root.put("publishedAccuracy", PUBLISHED_ACCURACY);
        root.put("accounts", r.accounts());
        root.put("fakes", r.fakes());
        root.put("folds", r.folds());
        root.set("confusion", confusion(m, mapper));
        ArrayNode perFold = root.putArray("perFold");
        r.perFold().forEach(f -> perFold.add(metrics(f.metrics(), mapper).put("fold", f.fold())));
        ObjectNode robustness = root.putObject("robustness");
        ArrayNode missing = robustness.putArray("missingInputs");
        for (FakeAccountEvaluation.ScenarioResult s : r.missingInputs()) {
            ObjectNode n =
                    metrics(s.metrics(), mapper).put("scenario", s.scenario().name());
            ArrayNode names = n.putArray("missing");
            s.scenario().missing().forEach(i -> names.add(i.id()));
            missing.add(n);
        }
        ArrayNode shift = robustness.putArray("fakeShare");
        for (FakeAccountEvaluation.PriorShiftRow row : r.priorShift()) {
            ObjectNode n = shift.addObject();
            n.put("fakeShare", row.fakeShare());
            n.put("method", row.method());
            n.put("precision", row.precision());
            n.put("recall", row.recall());
            n.put("f1", row.f1());
            n.put("accuracy", row.accuracy());
        }
        ArrayNode audiences = robustness.putArray("audienceFakeShareEstimate");
        for (FakeAccountEvaluation.AudienceEstimateRow row : r.audienceEstimates()) {
            ObjectNode n = audiences.addObject();
            n.put("fakeShare", row.fakeShare());
            n.put("audienceSize", row.audienceSize());
            n.put("meanFlagged", row.meanFlagged());
            n.put("meanCorrected", row.meanCorrected());
            n.put("flaggedAbsoluteError", row.flaggedAbsoluteError());
            n.put("correctedAbsoluteError", row.correctedAbsoluteError());
        }
        root.set("settings", TrainingOptions.toJson(settings, mapper));
        return root;
    }

    private static ObjectNode metrics(BinaryMetrics m, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("accuracy", m.accuracy());
        n.put("precision", m.precision());
        n.put("recall", m.recall());
        n.put("f1", m.f1());
        n.put("rocAuc", m.rocAuc());
        n.put("threshold", m.threshold());
        return n;
    }

    private static ObjectNode confusion(BinaryMetrics m, ObjectMapper mapper) {
        ObjectNode c = mapper.createObjectNode();
        c.put("fakeCalledFake", m.truePositives());
        c.put("realCalledFake", m.falsePositives());
        c.put("realCalledReal", m.trueNegatives());
        c.put("fakeCalledReal", m.falseNegatives());
        return c;
    }

    private static void printTable(FakeAccountEvaluation.Report r) {
        BinaryMetrics m = r.pooled();
        System.out.printf(
                Locale.ROOT,
                "%d-fold stratified cross-validation on %d accounts (%d fake)%n",
                r.folds(),
                r.accounts(),
                r.fakes());
        System.out.printf(
                Locale.ROOT,
                "accuracy %.4f (sd across folds %.4f; published: %.2f)  precision %.4f  "
                        + "recall %.4f  f1 %.4f  ROC AUC %.4f  threshold %.2f (mean of folds)%n",
                m.accuracy(),
                r.accuracyStandardDeviation(),
                PUBLISHED_ACCURACY,
                m.precision(),
                m.recall(),
                m.f1(),
                m.rocAuc(),
                m.threshold());
        System.out.printf(
                "confusion: fake->fake %d, real->fake %d, real->real %d, fake->real %d%n",
                m.truePositives(), m.falsePositives(), m.trueNegatives(), m.falseNegatives());
        System.out.println();
        System.out.printf(
                "%-44s %8s %9s %7s %7s %7s%n",
                "inputs at scoring time", "accuracy", "precision", "recall", "f1", "rocAuc");
        for (FakeAccountEvaluation.ScenarioResult s : r.missingInputs()) {
            BinaryMetrics b = s.metrics();
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %8.4f %9s %7s %7s %7s%n",
                    s.scenario().name(),
                    b.accuracy(),
                    fmt(b.precision()),
                    fmt(b.recall()),
                    fmt(b.f1()),
                    fmt(b.rocAuc()));
        }
        System.out.println();
        System.out.printf(
                "%-10s %-52s %9s %7s %7s %8s%n", "fake share", "how", "precision", "recall", "f1", "accuracy");
        for (FakeAccountEvaluation.PriorShiftRow row : r.priorShift()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %-52s %9s %7s %7s %8s%n",
                    pct(row.fakeShare()),
                    row.method(),
                    fmt(row.precision()),
                    fmt(row.recall()),
                    fmt(row.f1()),
                    fmt(row.accuracy()));
        }
        System.out.println();
        System.out.println(
                "audience fake-share estimate (200 random audiences of held-out accounts per share; size below)");
        System.out.printf(
                "%-10s %6s %13s %15s %14s %16s%n",
                "fake share", "size", "mean flagged", "mean corrected", "flagged error", "corrected error");
        for (FakeAccountEvaluation.AudienceEstimateRow row : r.audienceEstimates()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %6d %13s %15s %14s %16s%n",
                    pct(row.fakeShare()),
                    row.audienceSize(),
                    fmt(row.meanFlagged()),
                    fmt(row.meanCorrected()),
                    fmt(row.flaggedAbsoluteError()),
                    fmt(row.correctedAbsoluteError()));
        }
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static String pct(double d) {
        return String.format(Locale.ROOT, "%.0f%%", d * 100);
    }
}
