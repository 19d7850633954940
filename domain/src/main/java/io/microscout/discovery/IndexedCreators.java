package io.microscout.discovery;

import io.microscout.creator.Creator;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a catalog profile to the index document: text = display name, biography, recent captions and hashtags
 * (for keywords); vector = embedding of display name, biography and captions (for meaning); niches detected from
 * the content; the exact fields hard filters test. Used when indexing after imports.
 */
public final class IndexedCreators {
    private static final ContentProfiler PROFILER = new ContentProfiler();

    private IndexedCreators() {}

    public static IndexedCreator from(CreatorProfile p, TextEmbedder embedder) {
        String text = semanticText(p);
        return from(
                p,
                PROFILER.profile(p.creator().biography(), p.recentPosts()),
                embedder == null || text.isEmpty() ? null : embedder.embed(text));
    }

    /** The document with a vector computed elsewhere (batch embedding), or none. */
    public static IndexedCreator from(CreatorProfile p, ContentProfile content, float[] vector) {
        Creator c = p.creator();
        CreatorMetrics m = p.metrics();
        Double er =
                m == null ? null : m.engagementRateMedian() != null ? m.engagementRateMedian() : m.engagementRateMean();
        return new IndexedCreator(
                c.key(),
                keywordText(p),
                vector,
                c.followers(),
                er,
                p.authenticity(),
                c.countryCode(),
                c.languageCode(),
                Set.copyOf(content.nicheIds()));
    }

    /** Creates or refreshes these creators' documents, embedding their texts in one batch (no text: no vector). */
    public static void upsert(CreatorIndex index, Collection<CreatorProfile> profiles, TextEmbedder embedder) {
        List<CreatorProfile> list = List.copyOf(profiles);
        List<String> texts = list.stream().map(IndexedCreators::semanticText).toList();
        List<String> nonEmpty = texts.stream().filter(t -> !t.isEmpty()).toList();
        java.util.Iterator<float[]> vectors = embedder == null || nonEmpty.isEmpty()
                ? java.util.Collections.emptyIterator()
                : embedder.embedAll(nonEmpty).iterator();
        List<IndexedCreator> docs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CreatorProfile p = list.get(i);
            float[] vector = texts.get(i).isEmpty() || !vectors.hasNext() ? null : vectors.next();
            docs.add(from(p, PROFILER.profile(p.creator().biography(), p.recentPosts()), vector));
        }
        index.upsert(docs);
    }

    /** What keyword search reads: name, biography, captions, and hashtags the captions did not spell out. */
    public static String keywordText(CreatorProfile p) {
        StringBuilder sb = new StringBuilder(semanticText(p));
        Set<String> tags = new LinkedHashSet<>();
        for (Post post : p.recentPosts()) {
            for (String h : post.hashtags()) {
                if (post.caption() == null
                        || !post.caption().toLowerCase(java.util.Locale.ROOT).contains("#" + h)) {
                    tags.add("#" + h);
                }
            }
        }
        tags.forEach(t -> sb.append(' ').append(t));
        return sb.toString().trim();
    }

    /** What the semantic vector is made of: name, biography and recent captions. */
    public static String semanticText(CreatorProfile p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.creator().displayName());
        append(sb, p.creator().biography());
        for (Post post : p.recentPosts()) {
            append(sb, post.caption());
        }
        return sb.toString().trim();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s.strip()).append('\n');
        }
    }
}
