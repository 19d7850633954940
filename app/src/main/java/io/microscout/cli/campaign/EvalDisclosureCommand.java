package io.microscout.cli.campaign;

import io.microscout.campaign.DisclosureEvaluation;
import io.microscout.cli.common.UserException;
import io.microscout.importer.csv.CsvTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code microscout eval disclosure}: precision and recall of the disclosure detector on the labelled sentences of
 * Mathur, Narayanan &amp; Chetty (CSCW 2018), read in place.
 */
@Command(
        name = "disclosure",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the sponsorship-disclosure detector on real YouTube descriptions labelled by Mathur et al. "
                    + "(2018): per sentence and per video, on the half the patterns were written on and the "
                    + "held-out half.",
            "Exits 1 when the held-out half's per-video precision or recall is under --min-precision/--min-recall."
        })
public final class EvalDisclosureCommand extends EvalReport implements Callable<Integer> {
    /**
     * The clusters that are disclosures, as the dataset's README gives them from the paper's notebooks:
     * affiliate-link disclosure, explanation and channel-support statements.
     */
    static final Set<Integer> DISCLOSURE_CLUSTERS = Set.of(
            372, 382, 383, 384, 385, 388, 389, 390, 370, 377, 378, 379, 380, 381, 386, 387, 363, 364, 366, 367, 368,
            369);

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data/disclosures-mathur2018-youtube",
            description = "the folder with clusters.csv (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--min-precision", defaultValue = "0", description = "fail below this held-out precision")
    double minPrecision;

    @Option(names = "--min-recall", defaultValue = "0", description = "fail below this held-out recall")
    double minRecall;

    @Override
    public Integer call() throws Exception {
        Path file = data.resolve("clusters.csv");
        if (!Files.isRegularFile(file)) {
            throw new UserException(
                    "no " + file + " (the labelled sentences of Mathur et al. 2018; see its " + "README.txt)");
        }
        List<DisclosureEvaluation.Sentence> sentences = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, StandardCharsets.UTF_8)) {
            while (r.next()) {
                int cluster;
                try {
                    cluster = Integer.parseInt(r.cell("ward_euclidean_cluster").trim());
                } catch (NumberFormatException e) {
                    throw new UserException(
                            file + ": line " + r.line() + ": field 'ward_euclidean_cluster' is not a number");
                }
                sentences.add(new DisclosureEvaluation.Sentence(
                        r.cell("id"), r.cell("sentence"), DISCLOSURE_CLUSTERS.contains(cluster)));
            }
        }
        DisclosureEvaluation.Result res = DisclosureEvaluation.run(sentences);
        DisclosureEvaluation.Score gate = res.videos().get("test");
        boolean passes = gate.precision() >= minPrecision && gate.recall() >= minRecall;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentences", sentences.size());
        m.put("videos", scores(res.videos()));
        m.put("sentenceLevel", scores(res.sentences()));
        return report(passes, m, out -> {
            out.printf(
                    Locale.ROOT,
                    "Disclosure detector on %s: %d labelled sentences (Mathur, Narayanan & Chetty, "
                            + "CSCW 2018; real data)%n",
                    file,
                    sentences.size());
            for (String level : List.of("videos", "sentences")) {
                var by = level.equals("videos") ? res.videos() : res.sentences();
                for (String part : List.of("development", "test", "all")) {
                    DisclosureEvaluation.Score s = by.get(part);
                    out.printf(
                            Locale.ROOT,
                            "  %-9s %-11s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d, tn %d)%n",
                            level,
                            part,
                            s.precision(),
                            s.recall(),
                            s.truePositives(),
                            s.falsePositives(),
                            s.falseNegatives(),
                            s.trueNegatives());
                }
            }
            out.println("  development: the half of the videos the patterns were written on; test: the held-out half");
            if (!passes) {
                out.printf(
                        Locale.ROOT,
                        "FAIL: held-out per-video precision %.3f / recall %.3f under %.2f / %.2f%n",
                        gate.precision(),
                        gate.recall(),
                        minPrecision,
                        minRecall);
            }
        });
    }

    private static Map<String, Object> scores(Map<String, DisclosureEvaluation.Score> by) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String part : List.of("development", "test", "all")) {
            DisclosureEvaluation.Score s = by.get(part);
            m.put(
                    part,
                    Map.of(
                            "precision",
                            s.precision(),
                            "recall",
                            s.recall(),
                            "tp",
                            s.truePositives(),
                            "fp",
                            s.falsePositives(),
                            "fn",
                            s.falseNegatives()));
        }
        return m;
    }
}
