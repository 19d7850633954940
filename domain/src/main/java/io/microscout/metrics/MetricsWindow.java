package io.microscout.metrics;

import java.time.Duration;

/**
 * Which recent posts metrics are computed over: the last {@code lastPosts} posts, or the posts of the last
 * {@code lastDays} days, leaving out posts younger than {@code minimumAge} (their likes are still coming in).
 *
 * <p>Default: the last 30 posts older than 24 hours. The 24-hour rule is common practice (most engagement
 * of an Instagram post arrives within its first day); 30 posts is MicroScout's choice: about two months of
 * posts at a micro creator's typical cadence, longer than the 12 posts some tools use, shorter than Klear's
 * 6 months (Klear; docs/sources.md), so that one viral post weighs less.
 */
public record MetricsWindow(Integer lastPosts, Integer lastDays, Duration minimumAge) {

    public MetricsWindow {
        if ((lastPosts == null) == (lastDays == null)) {
            throw new IllegalArgumentException("a metrics window is either a number of posts or a number of days");
        }
        if (lastPosts != null && lastPosts < 1) {
            throw new IllegalArgumentException("metrics window: posts must be at least 1, got " + lastPosts);
        }
        if (lastDays != null && lastDays < 1) {
            throw new IllegalArgumentException("metrics window: days must be at least 1, got " + lastDays);
        }
        minimumAge = minimumAge == null ? Duration.ofHours(24) : minimumAge;
    }

    public static MetricsWindow defaults() {
        return lastPosts(30);
    }

    public static MetricsWindow lastPosts(int posts) {
        return new MetricsWindow(posts, null, Duration.ofHours(24));
    }

    public static MetricsWindow lastDays(int days) {
        return new MetricsWindow(null, days, Duration.ofHours(24));
    }

    /** Parses "30posts", "30 posts", "90days", "90d", "12p". */
    public static MetricsWindow parse(String text) {
        String t = text == null
                ? ""
                : text.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        try {
            if (t.endsWith("posts") || t.endsWith("p")) {
                return lastPosts(Integer.parseInt(t.replaceAll("(posts|p)$", "")));
            }
            if (t.endsWith("days") || t.endsWith("d")) {
                return lastDays(Integer.parseInt(t.replaceAll("(days|d)$", "")));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("metrics window '" + text + "': expected e.g. '30posts' or '90days'");
    }

    public String describe() {
        String age = minimumAge.toHours() + " h";
        return lastPosts != null
                ? "last " + lastPosts + " posts older than " + age
                : "posts of the last " + lastDays + " days older than " + age;
    }
}
