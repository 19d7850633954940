package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.app.GeneratedGroundTruth;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.LabelledScores;
import io.microscout.authenticity.ScoreSpread;
import io.microscout.creator.CreatorKey;
import io.microscout.generator.FraudKind;
import io.microscout.generator.GroundTruth;
import io.microscout.models.AccountModelFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout eval fraud --catalog DIR}: does the authenticity score find the generator's planted fraud? */
@Command(
        name = "fraud",
        mixinStandardHelpOptions = true,
        description = {
            "Score every creator of a generated catalog (./microscout generate --creators N --seed S --out DIR)"
                    + " and print the ROC AUC of the authenticity score separating the planted bought-follower, pod and"
                    + " spike creators from clean ones, overall and per fraud kind, and how many had \"not enough data\".",
            "The files are read by the import's readers and scored in memory, with the inputs the catalog gives"
                    + " the score after an import (profile, posts, snapshots, follower sample, comments).",
            "Exit code 1 when the overall ROC AUC is below --min-auc."
        })
public final class EvalFraudCommand implements Callable<Integer> {
    @Option(
            names = "--catalog",
            required = true,
            paramLabel = "DIR",
            description = "folder written by ./microscout generate (with ground-truth.csv)")
    Path catalog;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(
            names = "--min-auc",
            paramLabel = "AUC",
            description = "fail (exit code 1) when the overall ROC AUC is below this")
    Double minAuc;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Map<CreatorKey, GroundTruth> truth =
                GeneratedGroundTruth.read(GeneratedCatalogScores.required(catalog, "ground-truth.csv"));
        Map<CreatorKey, AuthenticityScore> scores =
                GeneratedCatalogScores.score(catalog, new AuthenticityScorer(AccountModelFile.shipped()));
        Map<String, LabelledScores> results = new LinkedHashMap<>();
        results.put("all fraud", separation(scores, truth, null));
        for (FraudKind kind : FraudKind.values()) {
            if (kind != FraudKind.NONE) {
                results.put(kind.id(), separation(scores, truth, kind));
            }
        }
        LabelledScores overall = results.get("all fraud");
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("catalog", catalog.toString());
        root.put("creators", scores.size());
        root.put("rocAuc", overall.rocAuc());
        root.put(
                "notEnoughData",
                scores.values().stream().filter(s -> !s.enoughData()).count());
        ObjectNode kinds = root.putObject("byKind");
        results.forEach((name, r) -> {
            ObjectNode n = kinds.putObject(name);
            n.put("fraudCreators", r.cheats());
            n.put("cleanCreators", r.creators() - r.cheats());
            n.put("rocAuc", r.rocAuc());
            n.put("meanScoreFraud", r.cheatMeanScore());
            n.put("meanScoreClean", r.cleanMeanScore());
            n.put("notEnoughData", r.notEnoughData());
        });
        ScoreSpread spread = ScoreSpread.of(scores.values());
        root.putObject("spread")
                .put("scored", spread.scored())
                .put("distinctScores", spread.distinctValues())
                .put("mostCommonScore", spread.mostCommonScore())
                .put("mostCommonShare", spread.mostCommonShare());
        root.put("seconds", (System.nanoTime() - start) / 1e9);
        if (json) {
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(
                    Locale.ROOT,
                    "%d creators scored from %s, %d with not enough data%n",
                    scores.size(),
                    catalog,
                    root.get("notEnoughData").asLong());
            out.printf(
                    Locale.ROOT,
                    "%-18s %8s %8s %9s %12s %12s %10s%n",
                    "fraud vs clean",
                    "fraud",
                    "clean",
                    "ROC AUC",
                    "mean fraud",
                    "mean clean",
                    "no data");
            results.forEach((name, r) -> out.printf(
                    Locale.ROOT,
                    "%-18s %8d %8d %9.4f %12.1f %12.1f %10d%n",
                    name,
                    r.cheats(),
                    r.creators() - r.cheats(),
                    r.rocAuc() == null ? Double.NaN : r.rocAuc(),
                    r.cheatMeanScore(),
                    r.cleanMeanScore(),
                    r.notEnoughData()));
            out.printf(
                    Locale.ROOT,
                    "spread: %d distinct scores over %d scored creators; most common %s on %.1f%% of them%n",
                    spread.distinctValues(),
                    spread.scored(),
                    spread.mostCommonScore(),
                    spread.mostCommonShare() * 100);
        }
        out.flush();
        if (minAuc != null && (overall.rocAuc() == null || overall.rocAuc() < minAuc)) {
            spec.commandLine()
                    .getErr()
                    .printf(Locale.ROOT, "ROC AUC %s is below --min-auc %.4f%n", overall.rocAuc(), minAuc);
            return 1;
        }
        return 0;
    }

    /** Clean creators against those with this kind of fraud (any kind when null). */
    private static LabelledScores separation(
            Map<CreatorKey, AuthenticityScore> scores, Map<CreatorKey, GroundTruth> truth, FraudKind kind) {
        List<LabelledScores.Labelled> labelled = new ArrayList<>();
        scores.forEach((k, s) -> {
            GroundTruth t = truth.get(k);
            if (t != null && (t.fraud() == FraudKind.NONE || kind == null || t.fraud() == kind)) {
                labelled.add(new LabelledScores.Labelled(s, t.fraud() != FraudKind.NONE));
            }
        });
        return LabelledScores.of(labelled);
    }
}
