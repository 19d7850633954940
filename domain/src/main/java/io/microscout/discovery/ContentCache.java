package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.CreatorContent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creators' content read once and kept while it is unchanged (same biography and same recent posts), so that a
 * long-running process (web, benchmark) does not re-read the same captions for every brief. Bounded: emptied
 * when full.
 */
final class ContentCache {
    record Read(CreatorContent text, ContentProfile profile) {}

    private record Entry(int fingerprint, Read read) {}

    static final int MAX_ENTRIES = 200_000;
    private final ContentProfiler profiler = new ContentProfiler();
    private final ConcurrentHashMap<CreatorKey, Entry> entries = new ConcurrentHashMap<>();

    Read read(CreatorProfile p) {
        int fingerprint = fingerprint(p);
        Entry e = entries.get(p.key());
        if (e != null && e.fingerprint() == fingerprint) {
            return e.read();
        }
        CreatorContent text = CreatorContent.of(p.creator().biography(), p.recentPosts());
        Read read = new Read(text, profiler.profile(text, id -> null));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(p.key(), new Entry(fingerprint, read));
        return read;
    }

    private static int fingerprint(CreatorProfile p) {
        List<Post> posts = p.recentPosts();
        int h = Objects.hash(p.creator().biography(), posts.size());
        for (Post post : posts) {
            h = 31 * h + Objects.hash(post.platformPostId(), post.caption(), post.sponsored(), post.hashtags());
        }
        return h;
    }
}
