package io.microscout.bench.embed;

import io.microscout.bench.load.LoadAverage;
import io.microscout.embedding.LazyTextEmbedder;
import io.microscout.embedding.OnnxTextEmbedder;
import io.microscout.embedding.SentenceModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout bench embed}: texts per second of real creator texts through MicroScout beside the raw session. */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = {
            "Texts per second of real creator texts through MicroScout's embedder (tokenizer, chunks, "
                    + "batches, pooling), beside the bare ONNX session over the same batches in the same run.",
            "Reads ../shared/data in place: YouTube channel names and titles, and YouTube video descriptions."
        })
public final class EmbedBenchCommand implements Callable<Integer> {

    /** The goal of issue 18, on 2 cores. */
    static final double GOAL_TEXTS_PER_SECOND = 400;

    @Option(
            names = "--data",
            defaultValue = "../shared/data",
            description = "Shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--model",
            description =
                    "Sentence model id (default: the configured one, ${sys:microscout.embedding.model:-all-minilm-l6-v2-q}).")
    String model;

    @Option(names = "--batch", description = "Chunks per session call (default: 32).")
    Integer batch;

    @Option(names = "--chunk", description = "Word pieces per chunk (default: 256).")
    Integer chunk;

    @Option(names = "--max-chunks", description = "Chunks per text at most (default: 8).")
    Integer maxChunks;

    @Option(names = "--workers", description = "Caller threads (default: 1).")
    Integer workers;

    @Option(names = "--intra-op", description = "ONNX intra-op threads (default: the number of cores).")
    Integer intraOp;

    @Option(names = "--limit", defaultValue = "0", description = "Texts per set at most (default: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no shared data folder at " + data + ": give --data DIR");
        }
        OnnxTextEmbedder.Settings d = OnnxTextEmbedder.Settings.defaults();
        OnnxTextEmbedder.Settings settings = new OnnxTextEmbedder.Settings(
                or(batch, d.batchSize()),
                or(chunk, d.chunkPieces()),
                or(maxChunks, d.maxChunks()),
                or(workers, d.workers()),
                or(intraOp, d.intraOpThreads()));
        SentenceModel m = model == null ? LazyTextEmbedder.configuredModel() : SentenceModel.byId(model);
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        boolean met = true;
        try (OnnxTextEmbedder embedder = new OnnxTextEmbedder(m, settings)) {
            embedder.embed("warm up the model");
            out.printf(
                    Locale.ROOT,
                    "model %s (%s), loaded in %.1f s; %d cores; batch %d chunks, chunks of <= %d word "
                            + "pieces, <= %d per text, %d worker(s), %d intra-op thread(s); JDK %s; load average %s%n",
                    m.id(),
                    m.artifact(),
                    (System.nanoTime() - t0) / 1e9,
                    Runtime.getRuntime().availableProcessors(),
                    settings.batchSize(),
                    settings.chunkPieces(),
                    settings.maxChunks(),
                    settings.workers(),
                    settings.intraOpThreads(),
                    Runtime.version(),
                    LoadAverage.now());
            out.flush();
            for (RealCreatorTexts.TextSet set :
                    List.of(RealCreatorTexts.channels(data), RealCreatorTexts.descriptions(data))) {
                List<String> texts =
                        limit > 0 && set.texts().size() > limit ? set.texts().subList(0, limit) : set.texts();
                met &= measure(embedder, set.name(), texts, out);
            }
            if (embedder.piecesLeftOut() > 0) {
                out.printf(Locale.ROOT, "word pieces left out past the last chunk: %,d%n", embedder.piecesLeftOut());
            }
        }
        out.printf(
                Locale.ROOT,
                "goal >= %.0f texts/s through MicroScout on every set: %s%n",
                GOAL_TEXTS_PER_SECOND,
                met ? "met" : "NOT met");
        return 0;
    }

    private static boolean measure(OnnxTextEmbedder embedder, String name, List<String> texts, PrintStream out) {
        double words =
                texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
        embedder.embedAll(texts.subList(0, Math.min(64, texts.size())));
        long t0 = System.nanoTime();
        embedder.embedAll(texts);
        double microScout = (System.nanoTime() - t0) / 1e9;
        double[] raw = embedder.timeSessionOnly(texts);
        double rate = texts.size() / microScout;
        out.printf(
                Locale.ROOT,
                "%s: %,d texts, ~%.0f words, %,.0f chunks, %,.0f word pieces%n",
                name,
                texts.size(),
                words,
                raw[1],
                raw[2]);
        out.printf(Locale.ROOT, "  MicroScout embedAll:          %7.0f texts/s (%.2f s)%n", rate, microScout);
        out.printf(
                Locale.ROOT,
                "  raw ONNX session, same batches: %5.0f texts/s (%.2f s; session calls only, "
                        + "no tokenizing or pooling)%n",
                texts.size() / raw[0],
                raw[0]);
        out.printf(
                Locale.ROOT,
                "  MicroScout / raw session: %.2f (load average %s)%n",
                raw[0] / microScout,
                LoadAverage.now());
        out.flush();
        return rate >= GOAL_TEXTS_PER_SECOND;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
