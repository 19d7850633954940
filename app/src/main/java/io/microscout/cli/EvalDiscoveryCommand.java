package io.microscout.cli;

import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.Creator;
import io.microscout.discovery.evaluation.CategoryLabels;
import io.microscout.discovery.evaluation.DiscoveryEvaluation;
import io.microscout.discovery.evaluation.EvaluationReport;
import io.microscout.discovery.evaluation.LabelledSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code microscout eval discovery}: precision at k and nDCG at n of discovery's rankings against known answers. */
@Command(name = "discovery", mixinStandardHelpOptions = true,
        description = {"Ranking quality of discovery: precision@k and nDCG@n for briefs with known answers, "
                + "on the catalog and index the application is connected to.",
                "Answers come from a labelled set file (--labels), a generated catalog's ground truth "
                        + "(--ground-truth), or the creators' source categories (--categories); with the last two, one "
                        + "brief per niche. Neither is ever read by the niche detector."})
public final class EvalDiscoveryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "FILE", description = "labelled set: briefs and their relevant creators (YAML/JSON)")
    Path labels;

    @Option(names = "--categories", description = "label creators by their source category (Creator.category)")
    boolean categories;

    @Option(names = "--ground-truth", paramLabel = "FILE",
            description = "label creators by a generated catalog's ground-truth.csv (primary and secondary niche)")
    Path groundTruth;

    @Option(names = "--min-relevant", defaultValue = "5", description = "with --categories or --ground-truth: skip niches with fewer creators (default ${DEFAULT-VALUE})")
    int minRelevant;

    @Option(names = "--k", defaultValue = "10", description = "precision at k (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--n", defaultValue = "20", description = "nDCG at n (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--min-precision", description = "exit with code 3 when mean precision@k is below this (for CI)")
    Double minPrecision;

    @Mixin
    CatalogOptions catalog;

    private final DiscoveryBackend.Factory backends;

    public EvalDiscoveryCommand() {
        this(CatalogDiscoveryBackend.factory());
    }

    public EvalDiscoveryCommand(DiscoveryBackend.Factory backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws Exception {
        int sources = (labels == null ? 0 : 1) + (groundTruth == null ? 0 : 1) + (categories ? 1 : 0);
        if (sources != 1) {
            throw new UserException("give one of --labels FILE, --ground-truth FILE or --categories");
        }
        if (k <= 0 || n <= 0) {
            throw new UserException("--k and --n must be positive");
        }
        EvaluationReport report;
        try (DiscoveryBackend backend = backends.open(catalog, spec.commandLine().getErr())) {
            LabelledSet set;
            if (labels != null) {
                set = LabelledSetFiles.read(labels);
            } else if (groundTruth != null) {
                set = GroundTruthFiles.read(groundTruth, minRelevant);
            } else {
                List<Creator> creators = new ArrayList<>();
                backend.forEachCreator(creators::add);
                set = CategoryLabels.build("catalog categories", creators, minRelevant);
                if (set.cases().isEmpty()) {
                    throw new UserException("no niche has " + minRelevant + " or more creators with a known category");
                }
            }
            report = DiscoveryEvaluation.run(set, backend.discovery()::discover, k, n);
        }
        spec.commandLine().getOut().print(report.format());
        spec.commandLine().getOut().flush();
        if (minPrecision != null && report.meanPrecision() < minPrecision) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "mean precision@%d %.3f is below %.3f",
                    k, report.meanPrecision(), minPrecision));
            return 3;
        }
        return 0;
    }
}
