package io.microscout.discovery.evaluation;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.RankedCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs every brief of a labelled set through discovery and measures precision at k and nDCG at n. */
public final class DiscoveryEvaluation {
    public static final int DEFAULT_K = 10;
    public static final int DEFAULT_N = 20;

    private DiscoveryEvaluation() {}

    /** @param discover brief and how many results -> ranking (e.g. {@code discoveryService::discover}) */
    public static EvaluationReport run(
            LabelledSet set, BiFunction<Brief, Integer, List<RankedCreator>> discover, int k, int n) {
        List<EvaluationReport.CaseResult> results = new ArrayList<>();
        for (LabelledCase c : set.cases()) {
            List<CreatorKey> ranked = discover.apply(c.brief(), Math.max(k, n)).stream()
                    .map(RankedCreator::key)
                    .toList();
            results.add(new EvaluationReport.CaseResult(
                    c.name(),
                    c.relevant().size(),
                    ranked.size(),
                    RankingMetrics.precisionAt(k, ranked, c.relevant()),
                    RankingMetrics.ndcgAt(n, ranked, c.grades())));
        }
        return new EvaluationReport(set.name(), set.labelling(), k, n, results);
    }
}
