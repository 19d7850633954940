package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.forecast.CalibrationCheck;
import io.microscout.forecast.ForecastAssumptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout eval forecast}: calibration of the forecast's 80% intervals on generated campaigns. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Check that the forecast's P10–P90 intervals hold the outcome 75–85%% of the time, on "
                    + "generated campaigns whose true parameters are known.",
            "Exits 1 when any figure's coverage is outside 75–85%%."
        })
public final class EvalForecastCommand implements Callable<Integer> {
    @Option(names = "--campaigns", defaultValue = "1000", description = "Campaigns to generate (default 1000).")
    int campaigns;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CalibrationCheck.Result r = new CalibrationCheck(ForecastAssumptions.defaults()).run(campaigns, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = PlanOutput.JSON.createObjectNode();
            root.put("campaigns", r.campaigns());
            root.put("seed", r.seed());
            root.put("overall_coverage", r.overall());
            ObjectNode cov = root.putObject("coverage");
            r.coverage().forEach((f, c) -> cov.put(f.id(), c));
            root.put("passes", r.passes());
            out.println(PlanOutput.JSON.writeValueAsString(root));
        } else {
            out.printf(
                    Locale.ROOT,
                    "Forecast calibration: %d generated campaigns (seed %d); share of outcomes "
                            + "inside P10–P90 (target 75–85%%)%n",
                    r.campaigns(),
                    r.seed());
            r.coverage()
                    .forEach((f, c) -> out.printf(
                            Locale.ROOT,
                            "  %-12s %5.1f%%%s%n",
                            f.label(),
                            c * 100,
                            c < CalibrationCheck.LOWEST || c > CalibrationCheck.HIGHEST ? "  OUTSIDE" : ""));
            out.printf(
                    Locale.ROOT, "  %-12s %5.1f%%%n%s%n", "overall", r.overall() * 100, r.passes() ? "PASS" : "FAIL");
        }
        out.flush();
        return r.passes() ? 0 : 1;
    }
}
