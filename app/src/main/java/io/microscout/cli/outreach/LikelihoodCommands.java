package io.microscout.cli.outreach;

import io.microscout.app.OutreachDesk;
import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.outreach.likelihood.Calibration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** "Will they say yes?": the likelihood of each waiting creator, and how the predictions fared. */
public final class LikelihoodCommands {
    private LikelihoodCommands() {}

    @Command(
            name = "likelihood",
            mixinStandardHelpOptions = true,
            description = "The estimated likelihood that each creator still waiting for an answer accepts the offer,"
                    + " with every signal's reason (values both ways, brand safety, competitor mentions, sponsorship"
                    + " saturation, offer against the estimated rate, past replies). Starts from published priors"
                    + " and learns from this workspace's outcomes. Each run is kept for `outreach calibration`.")
    public static final class Likelihood extends OutreachSubcommand implements Callable<Integer> {
        private final DiscoveryBackend.Factory backends;

        public Likelihood() {
            this(CatalogDiscoveryBackend.factory());
        }

        /** @param backends where discovery runs for the fit signals (tests: fixtures) */
        public Likelihood(DiscoveryBackend.Factory backends) {
            this.backends = backends;
        }

        @Option(
                names = "--brief",
                paramLabel = "FILE",
                description = "the brief the offers are for (gives the fit signals; without it only price and history)")
        Path brief;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            PrintWriter err = spec.commandLine().getErr();
            Brief b = brief == null ? null : BriefFiles.read(brief);
            try (WorkspaceOption.Session s = open()) {
                List<OutreachDesk.Likelihood> all = s.desk().likelihoods(b, () -> {
                    try (DiscoveryBackend backend = backends.open(catalog, err)) {
                        return backend.discovery().discover(b, OutreachDesk.FIT_CANDIDATES);
                    }
                });
                if (json) {
                    out.println(OutreachJson.write(Map.of(
                            "likelihoods",
                            all.stream().map(OutreachJson::likelihood).toList())));
                } else if (all.isEmpty()) {
                    out.println("no creator is waiting for an answer (add some: microscout outreach add)");
                } else {
                    for (OutreachDesk.Likelihood l : all) {
                        Acceptance a = l.acceptance();
                        out.printf(
                                Locale.ROOT,
                                "%-36s %-12s %s%s%n",
                                l.entry().creator(),
                                l.entry().stage().id(),
                                a.explain(),
                                b != null && !l.fitKnown()
                                        ? "; not in discovery's top " + OutreachDesk.FIT_CANDIDATES
                                                + " for the brief: fit signals unknown"
                                        : "");
                        a.contributions().forEach(c -> out.println("    " + c.explain()));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "calibration",
            mixinStandardHelpOptions = true,
            description = "How the likelihoods fared: each creator's first answer (agreed: yes, declined: no) against"
                    + " the last likelihood estimated before it, by bucket of ten points, with the Brier score.")
    static final class CalibrationCommand extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                Calibration c = s.desk().calibration();
                if (json) {
                    out.println(OutreachJson.write(OutreachJson.calibration(c)));
                } else if (c.outcomes() == 0) {
                    out.println(
                            "no recorded outcomes with a likelihood estimated before them yet (run "
                                    + "`outreach likelihood` before creators answer, then record the answers with `outreach move`)");
                } else {
                    out.printf(Locale.ROOT, "%-10s %6s %10s %10s%n", "predicted", "count", "mean", "observed");
                    for (Calibration.Bucket bucket : c.buckets()) {
                        out.printf(
                                Locale.ROOT,
                                "%3.0f-%3.0f%%   %6d %9.1f%% %9.1f%%%n",
                                100 * bucket.from(),
                                100 * bucket.to(),
                                bucket.count(),
                                100 * bucket.meanPredicted(),
                                100 * bucket.observedRate());
                    }
                    out.printf(
                            Locale.ROOT,
                            "%d outcomes, %.1f%% yes; Brier score %.4f (always predicting the observed rate: %.4f)%s%n",
                            c.outcomes(),
                            100 * c.observedRate(),
                            c.brier(),
                            c.baseRateBrier(),
                            c.outcomes() < 30 ? "; fewer than 30 outcomes: read it as a hint, not a measurement" : "");
                }
            }
            out.flush();
            return 0;
        }
    }
}
