package io.microscout.discovery.evaluation;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.UnitVectors;
import io.microscout.embedding.BilingualCheck;
import io.microscout.embedding.OnnxTextEmbedder;
import io.microscout.embedding.SentenceModel;
import io.microscout.niche.NicheTaxonomy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A measurement, not a test: each sentence model on the class path (build the class path with
 * {@code -Pembedding-candidates} for all of them) on the real YouTube category set, as the embedding ALONE ranks it
 * (cosine of the brief's meaning text and each channel's text, no keywords), with its speed on those texts, and the
 * bilingual check. MicroScout's own ranking with each model comes from {@code eval discovery --categories}
 * (docs/embedding.md). Args: the shared data folder, then model ids (default: every model on the class path).
 */
public final class EmbeddingModelComparisonRun {
    private EmbeddingModelComparisonRun() {}

    public static void main(String[] args) throws Exception {
        List<CreatorProfile> channels = YoutubeCategories.read(Path.of(args[0]).resolve(YoutubeCategories.FILE));
        LabelledSet set = CategoryLabels.build(
                "youtube-categories",
                channels.stream().map(CreatorProfile::creator).toList(),
                5);
        List<String> texts =
                channels.stream().map(IndexedCreators::semanticText).toList();
        List<SentenceModel> models = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            models.add(SentenceModel.byId(args[i]));
        }
        if (models.isEmpty()) {
            models = List.of(SentenceModel.values()).stream()
                    .filter(SentenceModel::onClassPath)
                    .toList();
        }
        System.out.printf(
                "%d channels, %d labelled briefs%n",
                channels.size(), set.cases().size());
        for (SentenceModel m : models) {
            try (OnnxTextEmbedder embedder = new OnnxTextEmbedder(m)) {
                embedder.embedAll(texts.subList(0, 64));
                long t0 = System.nanoTime();
                List<float[]> vectors = embedder.embedAll(texts);
                double rate = texts.size() / ((System.nanoTime() - t0) / 1e9);
                double p = 0;
                double ndcg = 0;
                for (LabelledCase c : set.cases()) {
                    float[] q = embedder.embedQuery(meaningText(c.brief()));
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < channels.size(); i++) {
                        order.add(i);
                    }
                    order.sort(Comparator.comparingDouble((Integer i) -> -UnitVectors.dot(q, vectors.get(i))));
                    List<CreatorKey> ranked =
                            order.stream().map(i -> channels.get(i).key()).toList();
                    p += RankingMetrics.precisionAt(10, ranked, c.relevant());
                    Double n = RankingMetrics.ndcgAt(20, ranked, c.grades());
                    ndcg += n == null ? 0 : n;
                }
                int cases = set.cases().size();
                System.out.printf(
                        Locale.ROOT,
                        "%-20s embedding alone P@10 %.3f nDCG@20 %.3f | %4.0f texts/s (short) | %s%n",
                        m.id(),
                        p / cases,
                        ndcg / cases,
                        rate,
                        BilingualCheck.run(embedder).format());
            }
        }
    }

    /** The brief's meaning text as discovery builds it (BriefQuery): product, then the niche descriptions. */
    private static String meaningText(Brief b) {
        List<String> parts = new ArrayList<>();
        parts.add(b.product());
        b.niches().forEach(id -> parts.add(NicheTaxonomy.get(id).description()));
        return String.join(". ", parts);
    }
}
