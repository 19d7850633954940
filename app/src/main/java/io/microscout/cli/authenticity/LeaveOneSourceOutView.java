package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.AudienceCoverage;
import io.microscout.authenticity.BinaryMetrics;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledSource;
import io.microscout.authenticity.LeaveOneSourceOut;
import io.microscout.authenticity.RealisticThreshold;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The leave-one-source-out mode of {@code eval authenticity}: the table, its JSON, and the CI floors. */
final class LeaveOneSourceOutView {
    /** Known shares of fakes the audience intervals are checked at (issue 16). */
    static final double[] AUDIENCE_SHARES = {0.05, 0.15, 0.30, 0.50};

    static final int AUDIENCE_SIZE = 200;
    static final int AUDIENCE_SAMPLES = 500;

    /**
     * The calibrated check: a user labels this many fake and as many real accounts of the population; each
     * audience is estimated with a new such sample (so fewer audiences: each needs its own posterior).
     */
    static final int LABELLED_PER_CLASS = 100;

    static final int CALIBRATED_SAMPLES = 200;

    private final boolean json;
    private final Double minAccuracy;
    private final Double minSensitivity;
    private final Double minCalibratedCoverage;

    LeaveOneSourceOutView(boolean json, Double minAccuracy, Double minSensitivity, Double minCalibratedCoverage) {
        this.json = json;
        this.minAccuracy = minAccuracy;
        this.minSensitivity = minSensitivity;
        this.minCalibratedCoverage = minCalibratedCoverage;
    }

    int run(List<LabelledSource> sources, FakeAccountTrainer.Settings settings) throws Exception {
        long start = System.nanoTime();
        FakeAccountTrainer trainer = new FakeAccountTrainer(settings);
        LeaveOneSourceOut.Report report = LeaveOneSourceOut.run(sources, trainer);
        List<RealisticThreshold.Nested> nested = RealisticThreshold.nested(sources, trainer, report);
        List<AudienceCoverage.Row> coverage =
                AudienceCoverage.check(report, AUDIENCE_SHARES, AUDIENCE_SIZE, AUDIENCE_SAMPLES, settings.seed());
        List<AudienceCoverage.Row> calibrated = AudienceCoverage.checkCalibrated(
                report, AUDIENCE_SHARES, AUDIENCE_SIZE, CALIBRATED_SAMPLES, LABELLED_PER_CLASS, settings.seed());
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (json) {
            System.out.println(
                    mapper.writeValueAsString(toJson(report, coverage, calibrated, nested, settings, seconds, mapper)));
        } else {
            print(report, coverage, calibrated, nested, seconds);
        }
        int status = 0;
        for (AudienceCoverage.Row row : calibrated) {
            if (minCalibratedCoverage != null && row.coverage() < minCalibratedCoverage) {
                System.err.printf(
                        Locale.ROOT,
                        "eval authenticity: %s at %.0f%% fakes: calibrated interval coverage %.3f is below the"
                                + " minimum %.3f%n",
                        row.population(),
                        row.fakeShare() * 100,
                        row.coverage(),
                        minCalibratedCoverage);
                status = 1;
            }
        }
        for (LeaveOneSourceOut.SourceResult s : report.sources()) {
            BinaryMetrics m = s.metrics();
            if (minAccuracy != null && m.accuracy() < minAccuracy) {
                System.err.printf(
                        Locale.ROOT,
                        "eval authenticity: %s left out: accuracy %.4f is below the minimum " + "%.4f%n",
                        s.source(),
                        m.accuracy(),
                        minAccuracy);
                status = 1;
            }
            if (minSensitivity != null && m.recall() != null && m.recall() < minSensitivity) {
                System.err.printf(
                        Locale.ROOT,
                        "eval authenticity: %s left out: sensitivity %.4f is below the minimum " + "%.4f%n",
                        s.source(),
                        m.recall(),
                        minSensitivity);
                status = 1;
            }
        }
        return status;
    }

    private static ObjectNode toJson(
            LeaveOneSourceOut.Report r,
            List<AudienceCoverage.Row> coverage,
            List<AudienceCoverage.Row> calibrated,
            List<RealisticThreshold.Nested> nested,
            FakeAccountTrainer.Settings settings,
            double seconds,
            ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", "leave-one-source-out");
        root.put("threshold", r.threshold());
        ArrayNode sources = root.putArray("sources");
        for (LeaveOneSourceOut.SourceResult s : r.sources()) {
            ObjectNode n = sources.addObject();
            BinaryMetrics m = s.metrics();
            n.put("source", s.source());
            n.put("platform", s.platform());
            n.put("accounts", s.accounts());
            n.put("fakes", s.fakes());
            n.put("accuracy", m.accuracy());
            n.put("sensitivity", m.recall());
            n.put("specificity", s.specificity());
            n.put("precision", m.precision());
            n.put("rocAuc", m.rocAuc());
            n.put("brier", s.brier());
            ArrayNode bins = n.putArray("reliability");
            for (LeaveOneSourceOut.ReliabilityBin b : s.reliability()) {
                bins.addObject()
                        .put("from", b.from())
                        .put("to", b.to())
                        .put("accounts", b.accounts())
                        .put("meanPredicted", b.meanPredicted())
                        .put("observedFakeShare", b.observedFakeShare());
            }
        }
        AccountClassifier.ErrorRates rates = LeaveOneSourceOut.outOfSourceRates(r, Set.of());
        if (rates != null) {
            root.putObject("outOfSourceErrorRates")
                    .put("recall", rates.recall())
                    .put("recallSd", rates.recallSd())
                    .put("falsePositiveRate", rates.falsePositiveRate())
                    .put("falsePositiveRateSd", rates.falsePositiveRateSd());
        }
        coverageJson(root.putArray("audienceIntervalCoverage"), coverage);
        root.put("labelledPerClass", LABELLED_PER_CLASS);
        coverageJson(root.putArray("calibratedAudienceIntervalCoverage"), calibrated);
        RealisticThreshold.Choice choice = RealisticThreshold.of(r);
        ObjectNode t = root.putObject("realisticThreshold");
        t.put("threshold", choice.threshold())
                .put("meanF1", choice.meanF1())
                .put("reportThreshold", choice.reportThreshold())
                .put("meanF1AtReportThreshold", choice.meanF1AtReportThreshold());
        ArrayNode perSource = t.putArray("sources");
        for (RealisticThreshold.PerSource s : choice.sources()) {
            perSource
                    .addObject()
                    .put("source", s.source())
                    .put("meanF1", Double.isNaN(s.meanF1()) ? null : s.meanF1())
                    .put(
                            "meanF1AtReportThreshold",
                            Double.isNaN(s.meanF1AtReportThreshold()) ? null : s.meanF1AtReportThreshold())
                    .put("accuracy", s.atChosen().accuracy())
                    .put("sensitivity", s.atChosen().recall())
                    .put("specificity", s.atChosen().specificity());
        }
        ArrayNode nestedJson = t.putArray("nested");
        for (RealisticThreshold.Nested n : nested) {
            nestedJson
                    .addObject()
                    .put("source", n.source())
                    .put("threshold", n.threshold())
                    .put("meanF1", Double.isNaN(n.meanF1()) ? null : n.meanF1())
                    .put("accuracy", n.metrics().accuracy())
                    .put("sensitivity", n.metrics().recall())
                    .put("specificity", n.metrics().specificity());
        }
        root.set("settings", TrainingOptions.toJson(settings, mapper));
        root.put("seconds", seconds);
        return root;
    }

    private static void coverageJson(ArrayNode array, List<AudienceCoverage.Row> rows) {
        for (AudienceCoverage.Row row : rows) {
            array.addObject()
                    .put("population", row.population())
                    .put("fakeShare", row.fakeShare())
                    .put("sampleSize", row.sampleSize())
                    .put("samples", row.samples())
                    .put("coverage", row.coverage())
                    .put("meanFlagged", row.meanFlagged())
                    .put("meanEstimate", row.meanEstimate())
                    .put("meanAbsError", row.meanAbsError())
                    .put("meanWidth", row.meanWidth());
        }
    }

    private static void print(
            LeaveOneSourceOut.Report r,
            List<AudienceCoverage.Row> coverage,
            List<AudienceCoverage.Row> calibrated,
            List<RealisticThreshold.Nested> nested,
            double seconds) {
        System.out.printf(
                Locale.ROOT,
                "leave-one-source-out at threshold %.2f (each row: a model trained on the " + "other sources)%n",
                r.threshold());
        System.out.printf(
                "%-22s %-9s %7s %6s %8s %11s %11s %9s %7s %6s%n",
                "left out",
                "platform",
                "accounts",
                "fakes",
                "accuracy",
                "sensitivity",
                "specificity",
                "precision",
                "rocAuc",
                "brier");
        for (LeaveOneSourceOut.SourceResult s : r.sources()) {
            BinaryMetrics m = s.metrics();
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %-9s %7d %6d %8.4f %11s %11s %9s %7s %6.3f%n",
                    s.source(),
                    s.platform(),
                    s.accounts(),
                    s.fakes(),
                    m.accuracy(),
                    fmt(m.recall()),
                    fmt(s.specificity()),
                    fmt(m.precision()),
                    fmt(m.rocAuc()),
                    s.brier());
        }
        System.out.println();
        System.out.println("reliability (predicted probability bin: accounts, observed share of fakes)");
        for (LeaveOneSourceOut.SourceResult s : r.sources()) {
            StringBuilder line = new StringBuilder(String.format("%-22s", s.source()));
            for (LeaveOneSourceOut.ReliabilityBin b : s.reliability()) {
                line.append(String.format(
                        Locale.ROOT,
                        " %.1f:%d/%s",
                        b.from(),
                        b.accounts(),
                        b.observedFakeShare() == null
                                ? "-"
                                : String.format(Locale.ROOT, "%.2f", b.observedFakeShare())));
            }
            System.out.println(line);
        }
        AccountClassifier.ErrorRates rates = LeaveOneSourceOut.outOfSourceRates(r, Set.of());
        if (rates != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%nout-of-source error rates: recall %.3f (sd %.3f), false-positive rate " + "%.3f (sd %.3f)%n",
                    rates.recall(),
                    rates.recallSd(),
                    rates.falsePositiveRate(),
                    rates.falsePositiveRateSd());
        }
        System.out.println();
        printCoverage(
                String.format(
                        Locale.ROOT,
                        "audience fake-share estimate: %d samples of %d accounts per share, rates from the other sources",
                        AUDIENCE_SAMPLES,
                        AUDIENCE_SIZE),
                coverage);
        System.out.println();
        printCoverage(
                String.format(
                        Locale.ROOT,
                        "the same, calibrated: %d samples, each with rates measured on %d fake and %d real labelled"
                                + " accounts of its own population, drawn apart (authenticity calibrate)",
                        CALIBRATED_SAMPLES,
                        LABELLED_PER_CLASS,
                        LABELLED_PER_CLASS),
                calibrated);
        printThreshold(RealisticThreshold.of(r), nested);
        System.out.printf(Locale.ROOT, "%.1f s%n", seconds);
    }

    private static void printCoverage(String title, List<AudienceCoverage.Row> rows) {
        System.out.println(title);
        System.out.printf(
                "%-44s %6s %9s %8s %9s %9s %10s%n",
                "population", "share", "coverage", "flagged", "estimate", "abs err", "width");
        for (AudienceCoverage.Row row : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %5.0f%% %9.3f %8.3f %9.3f %9.3f %10.3f%n",
                    row.population(),
                    row.fakeShare() * 100,
                    row.coverage(),
                    row.meanFlagged(),
                    row.meanEstimate(),
                    row.meanAbsError(),
                    row.meanWidth());
        }
    }

    private static void printThreshold(RealisticThreshold.Choice c, List<RealisticThreshold.Nested> nested) {
        System.out.printf(
                Locale.ROOT,
                "%nthreshold for audiences with 10-30%% fakes, on the out-of-source predictions: %.2f (mean F1 %.3f; "
                        + "%.3f at %.2f)%n",
                c.threshold(),
                c.meanF1(),
                c.meanF1AtReportThreshold(),
                c.reportThreshold());
        System.out.printf(
                "%-22s %8s %8s %8s %11s %11s%n", "source", "F1", "F1 then", "accuracy", "sensitivity", "specificity");
        for (RealisticThreshold.PerSource s : c.sources()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %8s %8s %8.4f %11s %11s%n",
                    s.source(),
                    Double.isNaN(s.meanF1()) ? "-" : String.format(Locale.ROOT, "%.3f", s.meanF1()),
                    Double.isNaN(s.meanF1AtReportThreshold())
                            ? "-"
                            : String.format(Locale.ROOT, "%.3f", s.meanF1AtReportThreshold()),
                    s.atChosen().accuracy(),
                    fmt(s.atChosen().recall()),
                    fmt(s.atChosen().specificity()));
        }
        if (nested.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println(
                "the same choice made without the left-out source (nested: its threshold from the other sources only)");
        System.out.printf(
                "%-22s %9s %8s %8s %11s %11s%n",
                "left out", "threshold", "F1", "accuracy", "sensitivity", "specificity");
        for (RealisticThreshold.Nested n : nested) {
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %9.2f %8s %8.4f %11s %11s%n",
                    n.source(),
                    n.threshold(),
                    Double.isNaN(n.meanF1()) ? "-" : String.format(Locale.ROOT, "%.3f", n.meanF1()),
                    n.metrics().accuracy(),
                    fmt(n.metrics().recall()),
                    fmt(n.metrics().specificity()));
        }
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }
}
