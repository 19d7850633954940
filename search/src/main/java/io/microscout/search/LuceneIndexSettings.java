package io.microscout.search;

import java.util.concurrent.ExecutorService;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The knobs of the Lucene index.
 *
 * @param maxConn          HNSW neighbours per node (Lucene's default is 16; Malkov &amp; Yashunin 2018 suggest 5-48)
 * @param beamWidth        HNSW candidates considered while inserting (Lucene's default 100)
 * @param knnOversampling  the kNN search asks HNSW for {@code candidates * knnOversampling} neighbours and keeps
 *                         the best {@code candidates}: a wider beam, for recall (1 = no oversampling)
 * @param ramBufferMb      indexing buffer; large buffers flush fewer, larger segments (fewer HNSW graphs to search)
 * @param mergeWorkers     threads that build the HNSW graph of a merged segment
 * @param exactFilterLimit when a filter admits at most this many creators, the nearest are found by scanning
 *                         their vectors exactly rather than by a filtered HNSW walk (which can stop early when
 *                         the admitted creators are few and scattered); ~1 ms per 10,000 vectors with SIMD
 * @param quantized        build and search the graph on int8 scalar-quantized vectors (4x smaller, faster on
 *                         old JVMs); the exact cosine of the kept raw vectors re-ranks the oversampled neighbours
 */
public record LuceneIndexSettings(
        int maxConn,
        int beamWidth,
        double knnOversampling,
        double ramBufferMb,
        int mergeWorkers,
        int exactFilterLimit,
        boolean quantized) {

    public LuceneIndexSettings {
        if (maxConn < 2
                || beamWidth < 2
                || knnOversampling < 1
                || ramBufferMb <= 0
                || mergeWorkers < 1
                || exactFilterLimit < 0) {
            throw new IllegalArgumentException("invalid index settings " + maxConn + "/" + beamWidth + "/"
                    + knnOversampling + "/" + ramBufferMb + "/" + mergeWorkers);
        }
    }

    /** Defaults for a discovery index of a catalog; the benchmark measures recall and latency with these. */
    public static LuceneIndexSettings defaults() {
        return new LuceneIndexSettings(16, 100, 2.0, 256, 1, 20_000, false);
    }

    public LuceneIndexSettings withRamBufferMb(double mb) {
        return new LuceneIndexSettings(
                maxConn, beamWidth, knnOversampling, mb, mergeWorkers, exactFilterLimit, quantized);
    }

    public LuceneIndexSettings withMergeWorkers(int workers) {
        return new LuceneIndexSettings(
                maxConn, beamWidth, knnOversampling, ramBufferMb, workers, exactFilterLimit, quantized);
    }

    public LuceneIndexSettings withHnsw(int m, int beam, double oversampling) {
        return new LuceneIndexSettings(m, beam, oversampling, ramBufferMb, mergeWorkers, exactFilterLimit, quantized);
    }

    public LuceneIndexSettings withExactFilterLimit(int limit) {
        return new LuceneIndexSettings(
                maxConn, beamWidth, knnOversampling, ramBufferMb, mergeWorkers, limit, quantized);
    }

    public LuceneIndexSettings withQuantization(boolean int8) {
        return new LuceneIndexSettings(
                maxConn, beamWidth, knnOversampling, ramBufferMb, mergeWorkers, exactFilterLimit, int8);
    }

    int knnK(int candidates) {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(candidates * knnOversampling));
    }

    Codec codec(ExecutorService mergeExecutor) {
        ExecutorService exec = mergeWorkers > 1 ? mergeExecutor : null;
        KnnVectorsFormat vectors = quantized
                ? new Lucene99HnswScalarQuantizedVectorsFormat(maxConn, beamWidth, mergeWorkers, 7, false, null, exec)
                : new Lucene99HnswVectorsFormat(maxConn, beamWidth, mergeWorkers, exec);
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        };
    }
}
