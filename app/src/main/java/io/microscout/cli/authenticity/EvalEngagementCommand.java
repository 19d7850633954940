package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.EngagementCheck;
import io.microscout.authenticity.EngagementNorms;
import io.microscout.authenticity.EngagementSeries;
import io.microscout.authenticity.NormalEngagement;
import io.microscout.importer.instafake.InstaFakeEngagement;
import io.microscout.models.AccountModelFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout eval engagement --data DIR [--json]}: normal engagement bands and the real-data check. */
@Command(
        name = "engagement",
        mixinStandardHelpOptions = true,
        description = {
            "Measure normal engagement (volatility, comments per like) on InstaFake's real accounts with "
                    + "post series, and check the creator authenticity score on them.",
            "Even-numbered accounts: the calibration half (the shipped bands); odd-numbered: the check half, "
                    + "scored clean and with injected anomalies (bought followers, bought likes, comment pod).",
            "Data: InstaFake automated-v1.0 (Akyon & Kalfaoglu 2019), CC BY-NC 4.0."
        })
public final class EvalEngagementCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "Folder with nonautomatedAccountData.json (or the file).")
    Path data;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--seed", defaultValue = "2019", description = "Seed of the injected anomalies.")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<EngagementSeries> all = InstaFakeEngagement.read(data);
        List<EngagementSeries> calibration = new ArrayList<>();
        List<EngagementSeries> check = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? calibration : check).add(all.get(i));
        }
        EngagementNorms measured = EngagementNorms.measure(calibration);
        EngagementCheck.Result result =
                EngagementCheck.run(check, new AuthenticityScorer(AccountModelFile.shipped()), seed);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("accounts", all.size());
        ObjectNode norms = root.putObject("calibrationHalf");
        norms.put("accountsMeasured", measured.accounts());
        band(norms.putObject("volatility"), measured.volatility());
        band(norms.putObject("commentsPerLike"), measured.commentsPerLike());
        ObjectNode shipped = root.putObject("shippedBands");
        band(shipped.putObject("volatility"), NormalEngagement.VOLATILITY);
        band(shipped.putObject("commentsPerLike"), NormalEngagement.COMMENTS_PER_LIKE);
        ObjectNode checked = root.putObject("checkHalf");
        checked.put("accounts", result.accounts());
        checked.put("scored", result.scored());
        checked.put("cleanMedianScore", result.cleanMedianScore());
        checked.put("cleanShareAtLeast60", result.cleanShareAtLeast60());
        checked.putObject("cleanSpread")
                .put("scored", result.cleanSpread().scored())
                .put("distinctScores", result.cleanSpread().distinctValues())
                .put("mostCommonScore", result.cleanSpread().mostCommonScore())
                .put("mostCommonShare", result.cleanSpread().mostCommonShare());
        ArrayNode anomalies = checked.putArray("anomalies");
        for (EngagementCheck.AnomalyResult a : result.anomalies()) {
            ObjectNode n = anomalies.addObject();
            n.put("anomaly", a.anomaly().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            n.put("rocAuc", a.separation().rocAuc());
            n.put("meanScoreClean", a.separation().cleanMeanScore());
            n.put("meanScoreInjected", a.separation().cheatMeanScore());
            n.put("injectedShareBelow60", a.shareBelow60());
            n.put("notEnoughData", a.separation().notEnoughData());
        }
        if (json) {
            System.out.println(mapper.writeValueAsString(root));
        } else {
            print(measured, result);
        }
        return 0;
    }

    private static void band(ObjectNode n, EngagementNorms.Band b) {
        n.put("p2_5", b.p2_5());
        n.put("median", b.median());
        n.put("p97_5", b.p97_5());
    }

    private static void print(EngagementNorms m, EngagementCheck.Result r) {
        System.out.printf(
                Locale.ROOT,
                "calibration half: %d accounts with >= %d posts (window: %d most recent)%n",
                m.accounts(),
                EngagementNorms.MIN_POSTS,
                EngagementNorms.WINDOW);
        System.out.printf(
                Locale.ROOT,
                "  volatility (CV)    p2.5 %.4f  median %.4f  p97.5 %.4f   shipped %s%n",
                m.volatility().p2_5(),
                m.volatility().median(),
                m.volatility().p97_5(),
                NormalEngagement.VOLATILITY);
        System.out.printf(
                Locale.ROOT,
                "  comments per like  p2.5 %.4f  median %.4f  p97.5 %.4f   shipped %s%n",
                m.commentsPerLike().p2_5(),
                m.commentsPerLike().median(),
                m.commentsPerLike().p97_5(),
                NormalEngagement.COMMENTS_PER_LIKE);
        System.out.printf(
                Locale.ROOT,
                "check half: %d accounts, %d scored; clean median score %.0f, %.1f%% score >= 60%n",
                r.accounts(),
                r.scored(),
                r.cleanMedianScore(),
                100 * r.cleanShareAtLeast60());
        System.out.printf(
                Locale.ROOT,
                "  spread of the clean scores: %d distinct values, the most common (%s) holds %.1f%%%n",
                r.cleanSpread().distinctValues(),
                r.cleanSpread().mostCommonScore(),
                100 * r.cleanSpread().mostCommonShare());
        for (EngagementCheck.AnomalyResult a : r.anomalies()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-18s ROC AUC %.3f  mean score clean %.1f vs injected %.1f, %.1f%% of injected < 60%n",
                    a.anomaly().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    a.separation().rocAuc(),
                    a.separation().cleanMeanScore(),
                    a.separation().cheatMeanScore(),
                    100 * a.shareBelow60());
        }
    }
}
