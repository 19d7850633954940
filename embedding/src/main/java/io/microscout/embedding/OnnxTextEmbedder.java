package io.microscout.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.UnitVectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sentence embeddings with ONNX Runtime in-process: the model file and tokenizer are read from the class path (a
 * Maven jar, {@link SentenceModel}). Every call is batched: texts are cut into word-piece chunks
 * ({@link WordPieces}), the chunks sorted by length and run {@code batchSize} at a time, each batch padded to its
 * longest chunk with an attention mask; a text's vector is the mean of its chunks' vectors weighted by their word
 * pieces, then normalised, so a creator's whole text counts, not its first 128 pieces.
 *
 * <p>Threads: one ONNX session, whose intra-op pool has {@code intraOpThreads} threads, run from
 * {@code workers} caller threads (the calling thread alone when 1). Two cores are best used by one worker and two
 * intra-op threads (measured with {@code bench embed}, docs/embedding.md): no pool is left idle or oversubscribed.
 */
public final class OnnxTextEmbedder implements TextEmbedder, AutoCloseable {

    /** How the embedder batches, chunks and uses threads. */
    public record Settings(int batchSize, int chunkPieces, int maxChunks, int workers, int intraOpThreads) {
        public Settings {
            if (batchSize < 1 || workers < 1 || intraOpThreads < 1) {
                throw new IllegalArgumentException("batch size, workers and intra-op threads must be at least 1");
            }
        }

        /**
         * Batches of 32 chunks of up to 256 word pieces (all-MiniLM-L6-v2's sentence-transformers max_seq_length),
         * at most 8 chunks (2,048 pieces) per text, one worker, every core in ONNX's intra-op pool.
         */
        public static Settings defaults() {
            return new Settings(32, 256, 8, 1, Runtime.getRuntime().availableProcessors());
        }
    }

    private final SentenceModel model;
    private final Settings settings;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final boolean takesTypeIds;
    private final WordPieces pieces;
    private final BatchRunner runner;
    private volatile float[] empty;

    public OnnxTextEmbedder(SentenceModel model) {
        this(model, Settings.defaults());
    }

    public OnnxTextEmbedder(SentenceModel model, Settings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle intra-op threads sleep instead of spinning (ONNX Runtime's default spins): on cores shared with
            // other work, spinning burns the CPU the other threads need.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = env.createSession(modelBytes(model), options);
            this.takesTypeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + model.id() + ": " + e.getMessage(), e);
        }
        this.pieces = new WordPieces(model, settings.chunkPieces(), settings.maxChunks());
        this.runner = new BatchRunner(settings.workers());
    }

    private static byte[] modelBytes(SentenceModel model) {
        try (InputStream in = SentenceModel.class.getClassLoader().getResourceAsStream(model.onnxResource())) {
            if (in == null) {
                throw new IllegalStateException("the embedding model " + model.id() + " (" + model.onnxResource()
                        + ") is not on the class path: add " + model.artifact());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + model.id() + ": " + e.getMessage(), e);
        }
    }

    public SentenceModel model() {
        return model;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public int dimensions() {
        return SentenceModel.DIMENSIONS;
    }

    @Override
    public String vectorsId() {
        return vectorsId(model, settings);
    }

    /** The model and the settings that change a text's vector (not the batch size or the threads). */
    static String vectorsId(SentenceModel model, Settings settings) {
        return model.id() + ", chunks of " + settings.chunkPieces() + " pieces, at most " + settings.maxChunks();
    }

    /** A passage (a creator's text); blank or null text gives the model's vector of an empty input, a fixed vector. */
    @Override
    public float[] embed(String text) {
        return embedAll(java.util.Collections.singletonList(text)).get(0);
    }

    /** A search query (a brief), with the model's query prefix. */
    @Override
    public float[] embedQuery(String text) {
        return text == null || text.isBlank()
                ? emptyVector().clone()
                : embedTexts(List.of(model.queryPrefix() + text.strip())).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> prefixed = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                prefixed.add(model.passagePrefix() + t.strip());
            }
        }
        java.util.Iterator<float[]> vectors = embedTexts(prefixed).iterator();
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(t == null || t.isBlank() ? emptyVector().clone() : vectors.next());
        }
        return out;
    }

    /**
     * What blank text embeds as: the model's vector of an empty input ([CLS] [SEP], no prefix), run alone once, so
     * it is the same vector whatever it is batched with.
     */
    private float[] emptyVector() {
        float[] v = empty;
        if (v == null) {
            v = embedTexts(List.of("")).get(0);
            empty = v;
        }
        return v;
    }

    /** Word pieces of long texts left out past {@code maxChunks} chunks, since this embedder was made. */
    public long piecesLeftOut() {
        return pieces.piecesLeftOut();
    }

    private List<float[]> embedTexts(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<List<WordPieces.Chunk>> batches = batches(texts);
        float[][] sums = new float[texts.size()][SentenceModel.DIMENSIONS];
        List<float[][]> pooled = runner.each(batches, this::run);
        for (int b = 0; b < batches.size(); b++) {
            List<WordPieces.Chunk> batch = batches.get(b);
            for (int j = 0; j < batch.size(); j++) {
                float[] v = UnitVectors.normalize(pooled.get(b)[j]);
                float weight = batch.get(j).length();
                float[] sum = sums[batch.get(j).text()];
                for (int d = 0; d < v.length; d++) {
                    sum[d] += weight * v[d];
                }
            }
        }
        List<float[]> out = new ArrayList<>(sums.length);
        for (float[] s : sums) {
            out.add(UnitVectors.normalize(s));
        }
        return out;
    }

    /** The texts' chunks, sorted by length (least padding), {@code batchSize} per batch. */
    private List<List<WordPieces.Chunk>> batches(List<String> texts) {
        List<WordPieces.Chunk> chunks = new ArrayList<>();
        for (List<WordPieces.Chunk> part : runner.map(texts.size(), (from, to) -> pieces.chunks(texts, from, to))) {
            chunks.addAll(part);
        }
        chunks.sort(Comparator.comparingInt(WordPieces.Chunk::length));
        List<List<WordPieces.Chunk>> batches = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i += settings.batchSize()) {
            batches.add(chunks.subList(i, Math.min(chunks.size(), i + settings.batchSize())));
        }
        return batches;
    }

    /**
     * For benchmarks: what the bare ONNX session takes for these passages, the ceiling of this embedder. The texts are
     * tokenized and batched first, untimed; then only the session calls over the same batches are timed, on the
     * calling thread. Returns {seconds, chunks, word pieces}.
     */
    public double[] timeSessionOnly(List<String> texts) {
        List<String> prefixed =
                texts.stream().map(t -> model.passagePrefix() + t).toList();
        List<List<WordPieces.Chunk>> batches = batches(prefixed);
        long chunks = 0;
        long wordPieces = 0;
        long start = System.nanoTime();
        for (List<WordPieces.Chunk> batch : batches) {
            run(batch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (List<WordPieces.Chunk> batch : batches) {
            chunks += batch.size();
            wordPieces += batch.stream().mapToLong(WordPieces.Chunk::length).sum();
        }
        return new double[] {seconds, chunks, wordPieces};
    }

    /** One session call over a batch of chunks, padded to the longest; returns one pooled vector per chunk. */
    private float[][] run(List<WordPieces.Chunk> batch) {
        int rows = batch.size();
        int len = batch.stream().mapToInt(WordPieces.Chunk::length).max().orElse(0);
        long[] ids = new long[rows * len];
        long[] mask = new long[rows * len];
        for (int r = 0; r < rows; r++) {
            long[] chunk = batch.get(r).ids();
            System.arraycopy(chunk, 0, ids, r * len, chunk.length);
            java.util.Arrays.fill(mask, r * len, r * len + chunk.length, 1L);
        }
        long[] shape = {rows, len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (takesTypeIds) {
                inputs.put(
                        "token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * len]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return pool(hidden, mask, rows, len);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model " + model.id() + " failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[][] pool(FloatBuffer hidden, long[] mask, int rows, int len) {
        int dims = SentenceModel.DIMENSIONS;
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            float[] v = out[r];
            if (model.pooling() == SentenceModel.Pooling.CLS) {
                hidden.get(r * len * dims, v);
                continue;
            }
            int count = 0;
            for (int t = 0; t < len; t++) {
                if (mask[r * len + t] == 0) {
                    continue;
                }
                count++;
                int base = (r * len + t) * dims;
                for (int d = 0; d < dims; d++) {
                    v[d] += hidden.get(base + d);
                }
            }
            for (int d = 0; d < dims; d++) {
                v[d] /= Math.max(1, count);
            }
        }
        return out;
    }

    @Override
    public void close() {
        runner.close();
        pieces.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the embedding model: " + e.getMessage(), e);
        }
    }
}
