package io.microscout.cli.campaign;

import io.microscout.campaign.LearningCurve;
import io.microscout.forecast.ForecastAssumptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout eval learning}: the forecast's error as a workspace's campaigns accumulate (generated truth). */
@Command(
        name = "learning",
        mixinStandardHelpOptions = true,
        description = {
            "Show on GENERATED workspaces with known true rates how the forecast error falls as campaigns accumulate"
                    + " and the priors learn per platform and tier; each campaign is also forecast with the defaults "
                    + "(the baseline of the same run).",
            "Exits 1 when the error of the second half of the campaigns, with learning, is above --max-ratio times "
                    + "the defaults' error."
        })
public final class EvalLearningCommand extends EvalReport implements Callable<Integer> {
    @Option(names = "--workspaces", defaultValue = "30", description = "generated workspaces (default 30)")
    int workspaces;

    @Option(names = "--campaigns", defaultValue = "16", description = "campaigns per workspace (default 16)")
    int campaigns;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--draws", defaultValue = "500", description = "Monte Carlo draws per forecast (default 500)")
    int draws;

    @Option(names = "--max-ratio", defaultValue = "1", description = "fail above this error ratio (learned/defaults)")
    double maxRatio;

    @Override
    public Integer call() throws Exception {
        LearningCurve.Curve c =
                new LearningCurve(ForecastAssumptions.defaults().withDraws(draws)).run(workspaces, campaigns, seed);
        int half = campaigns / 2;
        double ratio = c.error(half, campaigns, true) / c.error(half, campaigns, false);
        boolean passes = ratio <= maxRatio;
        List<int[]> buckets = buckets(campaigns);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workspaces", workspaces);
        m.put("campaigns", campaigns);
        m.put("seed", seed);
        List<Map<String, Object>> curve = new ArrayList<>();
        for (int k = 0; k < campaigns; k++) {
            curve.add(Map.of(
                    "campaignsLearnedFrom",
                    k,
                    "errorLearned",
                    c.error(k, k + 1, true),
                    "errorDefaults",
                    c.error(k, k + 1, false),
                    "errorTruth",
                    c.floor(k, k + 1),
                    "coverage",
                    c.coverage(k, k + 1)));
        }
        m.put("curve", curve);
        m.put("secondHalfRatio", ratio);
        return report(passes, m, out -> {
            out.printf(
                    Locale.ROOT,
                    "Forecast learning on %d GENERATED workspaces x %d campaigns (seed %d; smoke check,"
                            + " the truth shares the forecaster's model)%n",
                    workspaces,
                    campaigns,
                    seed);
            out.println("error = mean |ln((P50+1)/(realised+1))| of the campaign's impressions, clicks, conversions"
                    + " (0.69 = off by 2x)");
            out.printf(
                    Locale.ROOT,
                    "  %-22s %8s %8s %8s %6s   %s%n",
                    "campaigns learned from",
                    "learned",
                    "defaults",
                    "truth",
                    "ratio",
                    "impressions / clicks / conversions (learned)  P10-P90 coverage");
            for (int[] b : buckets) {
                out.printf(
                        Locale.ROOT,
                        "  %-22s %8.3f %8.3f %8.3f %6.2f   %.3f / %.3f / %.3f  %5.1f%%%n",
                        b[0] + 1 == b[1] ? String.valueOf(b[0]) : b[0] + "-" + (b[1] - 1),
                        c.error(b[0], b[1], true),
                        c.error(b[0], b[1], false),
                        c.floor(b[0], b[1]),
                        c.error(b[0], b[1], true) / c.error(b[0], b[1], false),
                        c.error(b[0], b[1], 0, true),
                        c.error(b[0], b[1], 1, true),
                        c.error(b[0], b[1], 2, true),
                        100 * c.coverage(b[0], b[1]));
            }
            out.println("truth: the same campaigns forecast knowing the true means (the floor no learning can beat)");
            out.printf(
                    Locale.ROOT,
                    "second half: error with learning / with defaults = %.3f (gate: at most %.2f)%s%n",
                    ratio,
                    maxRatio,
                    passes ? "" : "  FAIL");
        });
    }

    /** 0, 1, 2-3, 4-7, 8-15, ...: the curve on a doubling scale. */
    static List<int[]> buckets(int campaigns) {
        List<int[]> out = new ArrayList<>();
        int from = 0, width = 1;
        while (from < campaigns) {
            int to = Math.min(campaigns, from + width);
            out.add(new int[] {from, to});
            from = to;
            width = from == 1 ? 1 : from;
        }
        return out;
    }
}
