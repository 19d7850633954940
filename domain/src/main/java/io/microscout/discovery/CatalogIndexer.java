package io.microscout.discovery;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CatalogListener;
import io.microscout.creator.CreatorKey;
import io.microscout.niche.ContentProfiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps the discovery index up to date with the catalog: after each stored file (an import's
 * {@link CatalogListener} event) it re-reads the touched creators and upserts their documents, embedding their
 * texts in batches. A creator whose text did not change since this process last embedded it (a follower snapshot
 * file, a second pass over the same posts), or since any process stored its vector in the index with the same
 * embedder ({@link VectorSource}), keeps its vector without embedding again.
 */
public final class CatalogIndexer implements CatalogListener {
    /** Texts per embedding call and documents per index commit. */
    public static final int BATCH = 256;

    /** Told after each batch: creators indexed so far. */
    @FunctionalInterface
    public interface Progress {
        void indexed(long creators);

        static Progress silent() {
            return n -> {};
        }
    }

    /** A text's vector and its {@link VectorSource} (null when the embedder does not name itself). */
    private record Embedded(String text, float[] vector, String source) {}

    private final Supplier<CreatorIndex> index;
    private final CreatorProfiles profiles;
    private final TextEmbedder embedder;
    private final ContentProfiler profiler = new ContentProfiler();
    private final Map<CreatorKey, Embedded> embedded = new HashMap<>();
    private boolean suspended;
    private long creatorsIndexed;
    private long textsEmbedded;
    private long textsReused;
    private long embeddingNanos;

    /** @param index opened on first use (an import that indexes nothing does not open it) */
    public CatalogIndexer(Supplier<CreatorIndex> index, CreatorProfiles profiles, TextEmbedder embedder) {
        this.index = Objects.requireNonNull(index, "index");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.embedder = embedder;
    }

    /** Stops indexing on catalog changes (an import with --no-index); the index must then be rebuilt. */
    public void suspend() {
        suspended = true;
    }

    public boolean suspended() {
        return suspended;
    }

    @Override
    public void creatorsChanged(Collection<CatalogEntry> changed) {
        if (!suspended) {
            index(changed.stream().map(e -> e.creator().key()).toList(), Progress.silent());
        }
    }

    /** Reads these creators from the catalog and upserts their documents, {@link #BATCH} at a time. */
    public void index(Collection<CreatorKey> keys, Progress progress) {
        List<CreatorKey> batch = new ArrayList<>(BATCH);
        for (CreatorKey k : new LinkedHashSet<>(keys)) {
            batch.add(k);
            if (batch.size() == BATCH) {
                indexBatch(batch);
                batch.clear();
                progress.indexed(creatorsIndexed);
            }
        }
        if (!batch.isEmpty()) {
            indexBatch(batch);
            progress.indexed(creatorsIndexed);
        }
    }

    private void indexBatch(List<CreatorKey> keys) {
        List<CreatorProfile> found = List.copyOf(profiles.findAll(keys).values());
        List<String> texts = found.stream().map(IndexedCreators::semanticText).toList();
        String vectorsId = embedder == null ? null : embedder.vectorsId();
        Map<CreatorKey, String> sources = new HashMap<>();
        List<Integer> toEmbed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Embedded before = embedded.get(found.get(i).key());
            if (embedder != null
                    && !texts.get(i).isEmpty()
                    && (before == null || !before.text().equals(texts.get(i)))) {
                toEmbed.add(i);
                String source = VectorSource.of(vectorsId, texts.get(i));
                if (source != null) {
                    sources.put(found.get(i).key(), source);
                }
            }
        }
        Map<CreatorKey, float[]> stored = sources.isEmpty() ? Map.of() : storedVectors(sources);
        List<Integer> toRun = new ArrayList<>();
        for (int i : toEmbed) {
            CreatorKey key = found.get(i).key();
            float[] kept = stored.get(key);
            if (kept != null) {
                embedded.put(key, new Embedded(texts.get(i), kept, sources.get(key)));
                textsReused++;
            } else {
                toRun.add(i);
            }
        }
        if (!toRun.isEmpty()) {
            long start = System.nanoTime();
            List<float[]> vectors =
                    embedder.embedAll(toRun.stream().map(texts::get).toList());
            embeddingNanos += System.nanoTime() - start;
            textsEmbedded += vectors.size();
            for (int j = 0; j < toRun.size(); j++) {
                CreatorKey key = found.get(toRun.get(j)).key();
                embedded.put(key, new Embedded(texts.get(toRun.get(j)), vectors.get(j), sources.get(key)));
            }
        }
        List<IndexedCreator> docs = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            CreatorProfile p = found.get(i);
            Embedded e = texts.get(i).isEmpty() ? null : embedded.get(p.key());
            IndexedCreator doc = IndexedCreators.from(
                    p, profiler.profile(p.creator().biography(), p.recentPosts()), e == null ? null : e.vector());
            docs.add(e == null ? doc : doc.withVectorSource(e.source()));
        }
        index.get().upsert(docs);
        creatorsIndexed += docs.size();
    }

    /**
     * What the index already holds; none when it cannot be read (a damaged index being rebuilt): reusing is a
     * saving, never a reason for an index build to fail.
     */
    private Map<CreatorKey, float[]> storedVectors(Map<CreatorKey, String> sources) {
        try {
            return index.get().storedVectors(sources);
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    public long creatorsIndexed() {
        return creatorsIndexed;
    }

    public long textsEmbedded() {
        return textsEmbedded;
    }

    /** Texts whose vector the index already held from the same embedder over the same text. */
    public long textsReused() {
        return textsReused;
    }

    /** Texts embedded per second of embedding time, or null before any. */
    public Double textsPerSecond() {
        return embeddingNanos == 0 ? null : textsEmbedded / (embeddingNanos / 1e9);
    }
}
