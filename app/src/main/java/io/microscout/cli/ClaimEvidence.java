package io.microscout.cli;

import io.microscout.creator.Post;
import io.microscout.niche.ContentEvidence;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.NicheMatch;
import io.microscout.niche.PostMatch;
import io.microscout.niche.ThemeCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence of every content claim about a creator (niches, values, risky topics): the posts that carry it,
 * their captions trimmed around the matching words, and the words highlighted, for {@code creator} (text and
 * JSON) and the creator page. "vegan in 7 of 30 posts" lists those 7 posts.
 */
public final class ClaimEvidence {
    /** Captions longer than this are cut around the first matching word. */
    static final int CAPTION_CHARS = 160;

    private static final ContentProfiler CONTENT = new ContentProfiler();

    /** A piece of a caption, highlighted when it is one of the matching words. */
    public record Segment(String text, boolean match) {}

    /** One claim: what is claimed, how often, and the posts behind it. */
    public record Claim(String kind, String id, String explanation, ThemeCount count, List<PostMatch> posts) {}

    private ClaimEvidence() {}

    /** The claims of the creator's content read from the biography and these recent posts, with their evidence. */
    public static List<Claim> of(String biography, List<Post> recentPosts) {
        ContentProfile profile = CONTENT.profile(biography, recentPosts);
        ContentEvidence evidence = CONTENT.evidence(biography, recentPosts);
        List<Claim> claims = new ArrayList<>();
        for (NicheMatch n : profile.niches()) {
            claims.add(new Claim("niche", n.nicheId(), n.explain(), n.count(), evidence.niche(n.nicheId())));
        }
        profile.values().values().stream()
                .sorted((a, b) -> Integer.compare(b.postsMatched(), a.postsMatched()))
                .forEach(v -> claims.add(new Claim("value", v.theme(), v.explain(3), v, evidence.value(v.theme()))));
        profile.risks().values().stream()
                .sorted((a, b) -> Integer.compare(b.postsMatched(), a.postsMatched()))
                .forEach(r -> claims.add(new Claim("risk", r.theme(), r.explain(3), r, evidence.risk(r.theme()))));
        return claims;
    }

    /** The caption cut to {@link #CAPTION_CHARS} around its first match, split into plain and matching pieces. */
    public static List<Segment> highlight(String caption, List<String> terms) {
        String text = caption == null ? "" : caption.replaceAll("\\s+", " ").strip();
        List<int[]> spans = new ArrayList<>();
        for (String term : terms) {
            Matcher m = pattern(term).matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int from = 0;
        int to = text.length();
        if (text.length() > CAPTION_CHARS) {
            from = spans.isEmpty() ? 0 : Math.max(0, spans.get(0)[0] - CAPTION_CHARS / 4);
            to = Math.min(text.length(), from + CAPTION_CHARS);
        }
        List<Segment> out = new ArrayList<>();
        if (from > 0) {
            out.add(new Segment("…", false));
        }
        int at = from;
        for (int[] s : spans) {
            if (s[0] < at || s[1] > to) {
                continue; // overlapping an earlier match, or cut off
            }
            if (s[0] > at) {
                out.add(new Segment(text.substring(at, s[0]), false));
            }
            out.add(new Segment(text.substring(s[0], s[1]), true));
            at = s[1];
        }
        if (at < to) {
            out.add(new Segment(text.substring(at, to), false));
        }
        if (to < text.length()) {
            out.add(new Segment("…", false));
        }
        return out;
    }

    /** The segments as plain text with the matching words in [brackets]. */
    public static String marked(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.match() ? "[" + s.text() + "]" : s.text()));
        return b.toString();
    }

    /** A term as found in text: "#skincare" also inside #skincareroutine, a phrase across spaces or hyphens. */
    private static Pattern pattern(String term) {
        String t = term.startsWith("#") ? term.substring(1) : term;
        List<String> words = List.of(t.split("[\\s-]+"));
        String body = String.join("[\\s-]*", words.stream().map(Pattern::quote).toList());
        return Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The claims in {@code creator --json}: each with its counts and every post behind it. */
    static List<Map<String, Object>> json(List<Claim> claims) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Claim c : claims) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("kind", c.kind());
            j.put("id", c.id());
            j.put("explanation", c.explanation());
            j.put("postsMatched", c.count().postsMatched());
            j.put("postsRead", c.count().postsRead());
            j.put("inBiography", c.count().inBiography());
            List<Map<String, Object>> posts = new ArrayList<>();
            for (PostMatch p : c.posts()) {
                Map<String, Object> pj = new LinkedHashMap<>();
                pj.put("id", p.post().platformPostId());
                pj.put(
                        "publishedAt",
                        p.post().publishedAt() == null
                                ? null
                                : p.post().publishedAt().toString());
                pj.put("url", p.post().url());
                pj.put("matches", p.terms());
                pj.put("caption", marked(highlight(p.post().caption(), p.terms())));
                posts.add(pj);
            }
            j.put("posts", posts);
            out.add(j);
        }
        return out;
    }

    /** The claims as text: each with its counts, then its posts with the matching words in [brackets]. */
    static List<String> lines(List<Claim> claims) {
        List<String> out = new ArrayList<>();
        if (claims.isEmpty()) {
            out.add("  no niche, value or risky topic found in the biography and recent posts");
        }
        for (Claim c : claims) {
            out.add(String.format(
                    Locale.ROOT,
                    "  %s %s: %s",
                    c.kind(),
                    c.id(),
                    c.kind().equals("niche") ? c.explanation().substring(c.id().length() + 1) : c.explanation()));
            for (PostMatch p : c.posts()) {
                out.add(String.format(
                        Locale.ROOT,
                        "      %-10s %s",
                        p.post().publishedAt() == null
                                ? "undated"
                                : p.post().publishedAt().toString().substring(0, 10),
                        marked(highlight(p.post().caption(), p.terms()))));
            }
        }
        return out;
    }
}
