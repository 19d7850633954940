package io.microscout.cli;

import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.Ranker;
import io.microscout.discovery.evaluation.CategoryLabels;
import io.microscout.discovery.evaluation.DiscoveryEvaluation;
import io.microscout.discovery.evaluation.EvaluationReport;
import io.microscout.discovery.evaluation.HashedHandles;
import io.microscout.discovery.evaluation.LabelledCase;
import io.microscout.discovery.evaluation.LabelledSet;
import io.microscout.discovery.evaluation.RelevanceFit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout eval discovery}: precision at k and nDCG at n of discovery's rankings against known answers. */
@Command(
        name = "discovery",
        mixinStandardHelpOptions = true,
        description = {
            "Ranking quality of discovery: precision@k and nDCG@n for briefs with known answers, "
                    + "on the catalog and index the application is connected to.",
            "Answers come from a labelled set file (--labels), a generated catalog's ground truth "
                    + "(--ground-truth), or the creators' source categories (--categories); with the last two, one "
                    + "brief per niche. Neither is ever read by the niche detector."
        })
public final class EvalDiscoveryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description = "labelled set: briefs and their relevant creators (YAML/JSON)")
    Path labels;

    @Option(names = "--categories", description = "label creators by their source category (Creator.category)")
    boolean categories;

    @Option(
            names = "--ground-truth",
            paramLabel = "FILE",
            description = "label creators by a generated catalog's ground-truth.csv (primary and secondary niche)")
    Path groundTruth;

    @Option(
            names = "--min-relevant",
            defaultValue = "5",
            description =
                    "with --categories or --ground-truth: skip niches with fewer creators (default ${DEFAULT-VALUE})")
    int minRelevant;

    @Option(names = "--k", defaultValue = "10", description = "precision at k (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--n", defaultValue = "20", description = "nDCG at n (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--min-precision", description = "exit with code 3 when mean precision@k is below this (for CI)")
    Double minPrecision;

    @Option(
            names = "--ranker",
            defaultValue = "microscout",
            paramLabel = "microscout|bm25|embedding|all",
            description = "what ranks the candidates: MicroScout's fit score, BM25 alone, the embedding alone, or all"
                    + " three one after the other (default ${DEFAULT-VALUE}; --min-precision applies to microscout)")
    String ranker;

    @Option(
            names = "--fit-relevance",
            description =
                    "fit the relevance model on the labelled briefs (leave-one-brief-out"
                            + " cross-validation on nDCG@k) and print the chosen parameters; --labels and --categories may be combined")
    boolean fitRelevance;

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
        if (groundTruth != null && (labels != null || categories)) {
            throw new UserException("give --ground-truth FILE alone, or --labels FILE and/or --categories");
        }
        if (labels == null && groundTruth == null && !categories) {
            throw new UserException("give one of --labels FILE, --ground-truth FILE or --categories");
        }
        if (k <= 0 || n <= 0) {
            throw new UserException("--k and --n must be positive");
        }
        List<Ranker> rankers;
        try {
            rankers = ranker.equalsIgnoreCase("all")
                    ? List.of(Ranker.BM25, Ranker.EMBEDDING, Ranker.MICROSCOUT)
                    : List.of(Ranker.parse(ranker));
        } catch (IllegalArgumentException e) {
            throw new UserException("--ranker: " + e.getMessage() + " or all");
        }
        PrintWriter out = spec.commandLine().getOut();
        Double microscoutPrecision = null;
        try (DiscoveryBackend backend =
                backends.open(catalog, spec.commandLine().getErr())) {
            List<LabelledSet> sets = sets(backend);
            if (fitRelevance) {
                List<RelevanceFit.Case> cases = new ArrayList<>();
                for (LabelledSet set : sets) {
                    for (LabelledCase c : set.cases()) {
                        cases.add(new RelevanceFit.Case(
                                set.name(),
                                c.name(),
                                backend.discovery().relevanceEvidence(c.brief(), FIT_CANDIDATES),
                                c.grades()));
                    }
                }
                out.print(RelevanceFit.fit(cases, k).format(k));
                out.flush();
                return 0;
            }
            for (LabelledSet set : sets) {
                for (Ranker r : rankers) {
                    EvaluationReport report = DiscoveryEvaluation.run(
                            new LabelledSet(
                                    rankers.size() == 1 && r == Ranker.MICROSCOUT
                                            ? set.name()
                                            : set.name() + " [" + r.id() + "]",
                                    set.labelling(),
                                    set.cases()),
                            (brief, top) -> backend.discovery().discover(brief, top, r),
                            k,
                            n);
                    out.print(report.format());
                    out.println();
                    if (r == Ranker.MICROSCOUT) {
                        microscoutPrecision = microscoutPrecision == null
                                ? report.meanPrecision()
                                : Math.min(microscoutPrecision, report.meanPrecision());
                    }
                }
            }
        }
        out.flush();
        if (minPrecision != null && microscoutPrecision != null && microscoutPrecision < minPrecision) {
            spec.commandLine()
                    .getErr()
                    .println(String.format(
                            Locale.ROOT, "mean precision@%d %.3f is below %.3f", k, microscoutPrecision, minPrecision));
            return 3;
        }
        return 0;
    }

    /** Candidates per brief the fit ranks: those discovery reranks for a top 20 (max(100, 5 x 20)). */
    private static final int FIT_CANDIDATES = 100;

    private List<LabelledSet> sets(DiscoveryBackend backend) throws java.io.IOException {
        List<LabelledSet> sets = new ArrayList<>();
        if (groundTruth != null) {
            sets.add(GroundTruthFiles.read(groundTruth, minRelevant));
            return sets;
        }
        List<Creator> creators = new ArrayList<>();
        backend.forEachCreator(creators::add);
        if (labels != null) {
            Map<String, CreatorKey> byHash = new HashMap<>();
            creators.forEach(c -> byHash.put(HashedHandles.of(c.key()), c.key()));
            sets.add(LabelledSetFiles.read(labels, byHash));
        }
        if (categories) {
            LabelledSet set = CategoryLabels.build("catalog categories", creators, minRelevant);
            if (set.cases().isEmpty()) {
                throw new UserException("no niche has " + minRelevant + " or more creators with a known category");
            }
            sets.add(set);
        }
        return sets;
    }
}
