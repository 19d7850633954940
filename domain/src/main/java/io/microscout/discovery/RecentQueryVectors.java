package io.microscout.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedder, with the vectors of the most recent queries kept (least recently used dropped first), so that a
 * long-running process asked the same brief again (a results page re-sorted, a plan after a discovery, many users
 * of one brief) does not run the model again for it. Passages are not kept: they are embedded once, at indexing.
 */
final class RecentQueryVectors implements TextEmbedder {
    static final int QUERIES_KEPT = 512;

    private final TextEmbedder model;
    private final Map<String, float[]> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUERIES_KEPT;
        }
    };

    RecentQueryVectors(TextEmbedder model) {
        this.model = model;
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    /** A copy of the kept vector (callers may change theirs), else the model's, then kept. */
    @Override
    public float[] embedQuery(String text) {
        String key = text == null ? "" : text;
        float[] kept;
        synchronized (recent) {
            kept = recent.get(key);
        }
        if (kept == null) {
            kept = model.embedQuery(text); // outside the lock: two first askers may both run the model, never wrong
            synchronized (recent) {
                recent.put(key, kept);
            }
        }
        return kept.clone();
    }

    int kept() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
