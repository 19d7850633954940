package io.microscout.bench.discover;

import io.microscout.discovery.IndexedCreator;
import io.microscout.embedding.OnnxTextEmbedder;
import io.microscout.embedding.SentenceModel;
import java.io.PrintStream;
import java.util.List;

/** Texts per second of the shipped sentence model on generated catalog texts (real texts: {@code bench embed}). */
final class EmbeddingThroughput {

    private EmbeddingThroughput() {}

    static void report(List<IndexedCreator> creators, int sample, PrintStream out) {
        long t0 = System.nanoTime();
        OnnxTextEmbedder embedder = new OnnxTextEmbedder(SentenceModel.DEFAULT);
        embedder.embed("warm up the model");
        double load = (System.nanoTime() - t0) / 1e9;
        List<String> texts =
                creators.stream().limit(sample).map(IndexedCreator::text).toList();
        embedder.embedAll(texts.subList(0, Math.min(50, texts.size())));
        t0 = System.nanoTime();
        embedder.embedAll(texts);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double words =
                texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
        out.printf(
                "embedding throughput (%s, ONNX, %d cores): %.0f texts/s over %d generated texts of ~%.0f words (model loaded in %.1f s)%n",
                embedder.model().label(),
                Runtime.getRuntime().availableProcessors(),
                texts.size() / seconds,
                texts.size(),
                words,
                load);
    }
}
