package io.microscout.metrics;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.creator.StatedEngagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a creator's {@link CreatorMetrics} over a {@link MetricsWindow}; the formulas and their sources
 * are written in {@link MetricFormulas}. Stories are left out (their counts are not public). Anything that
 * cannot be computed (no followers, no posts, no snapshots) is null, never 0. A creator without posts whose
 * source file states averages or a rate ({@link StatedEngagement}) gets those, marked as stated; posts, where
 * they exist, win.
 */
public final class MetricsCalculator {
    private static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparing(Post::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private final MetricsWindow window;

    public MetricsCalculator(MetricsWindow window) {
        this.window = window;
    }

    public MetricsWindow window() {
        return window;
    }

    public CreatorMetrics compute(Creator creator, List<Post> posts, List<FollowerSnapshot> snapshots, Instant now) {
        List<Post> inWindow = select(posts, now);
        int n = inWindow.size();
        if (n == 0) {
            return withoutPosts(creator.stated(), snapshots, now);
        }
        Long followers = creator.followers();
        double[] er = new double[n];
        double[] engagement = new double[n];
        double[] likes = new double[n];
        double[] comments = new double[n];
        double[] erViews = new double[n];
        double[] views = new double[n];
        int nEr = 0, nEng = 0, nLikes = 0, nComments = 0, nErViews = 0, nViews = 0, sponsored = 0;
        double sumLikes = 0, sumComments = 0;
        for (Post p : inWindow) {
            if (p.sponsored()) {
                sponsored++;
            }
            if (p.likes() != null) {
                likes[nLikes++] = p.likes();
            }
            if (p.comments() != null) {
                comments[nComments++] = p.comments();
            }
            if (p.likes() != null && p.comments() != null) {
                double e = p.likes() + p.comments();
                engagement[nEng++] = e;
                sumLikes += p.likes();
                sumComments += p.comments();
                if (followers != null && followers > 0) {
                    er[nEr++] = e / followers;
                }
            }
            if (p.format().isVideo() && p.views() != null && p.views() > 0) {
                views[nViews++] = p.views();
                if (p.likes() != null) {
                    erViews[nErViews++] =
                            (p.likes() + nz(p.comments()) + nz(p.shares()) + nz(p.saves())) / (double) p.views();
                }
            }
        }
        return new CreatorMetrics(
                window.describe(),
                n,
                Stats.mean(er, nEr),
                Stats.median(er, nEr),
                Stats.mean(erViews, nErViews),
                Stats.median(erViews, nErViews),
                Stats.mean(likes, nLikes),
                Stats.median(likes, nLikes),
                Stats.mean(comments, nComments),
                Stats.median(comments, nComments),
                Stats.mean(views, nViews),
                Stats.median(views, nViews),
                postsPerWeek(inWindow),
                growth(snapshots, now, 30, 7),
                growth(snapshots, now, 90, 14),
                Stats.coefficientOfVariation(engagement, nEng),
                consistency(engagement, nEng),
                sumLikes > 0 ? sumComments / sumLikes : null,
                (double) sponsored / n,
                now,
                null);
    }

    /** The posts the window holds: not stories, old enough, newest first, cut to the window. */
    List<Post> select(List<Post> posts, Instant now) {
        Instant youngest = now.minus(window.minimumAge());
        Instant oldest = window.lastDays() == null ? null : now.minus(Duration.ofDays(window.lastDays()));
        List<Post> eligible = new ArrayList<>(posts.size());
        for (Post p : posts) {
            if (p.format() == PostFormat.STORY
                    || p.publishedAt() == null
                    || p.publishedAt().isAfter(youngest)) {
                continue;
            }
            if (oldest != null && p.publishedAt().isBefore(oldest)) {
                continue;
            }
            eligible.add(p);
        }
        eligible.sort(NEWEST_FIRST);
        return window.lastPosts() != null && eligible.size() > window.lastPosts()
                ? eligible.subList(0, window.lastPosts())
                : eligible;
    }

    private static Double postsPerWeek(List<Post> newestFirst) {
        if (newestFirst.size() < 2) {
            return null;
        }
        Instant newest = newestFirst.get(0).publishedAt();
        Instant oldest = newestFirst.get(newestFirst.size() - 1).publishedAt();
        double days = Duration.between(oldest, newest).toSeconds() / 86_400.0;
        return days <= 0 ? null : (newestFirst.size() - 1) / days * 7.0;
    }

    private static Double consistency(double[] engagement, int n) {
        if (n < 3) {
            return null;
        }
        double median = Stats.median(engagement, n);
        int within = 0;
        for (int i = 0; i < n; i++) {
            if (engagement[i] >= median / 2 && engagement[i] <= median * 2) {
                within++;
            }
        }
        return (double) within / n;
    }

    /** Relative growth over {@code days}, from the latest count back to a snapshot near that date. */
    static Double growth(List<FollowerSnapshot> snapshots, Instant now, int days, int toleranceDays) {
        if (snapshots.isEmpty()) {
            return null;
        }
        FollowerSnapshot latest = null;
        for (FollowerSnapshot s : snapshots) {
            if (!s.at().isAfter(now) && (latest == null || s.at().isAfter(latest.at()))) {
                latest = s;
            }
        }
        if (latest == null) {
            return null;
        }
        Instant target = latest.at().minus(Duration.ofDays(days));
        FollowerSnapshot past = null;
        long bestDistance = Long.MAX_VALUE;
        for (FollowerSnapshot s : snapshots) {
            long distance = Math.abs(Duration.between(target, s.at()).toSeconds());
            if (distance <= Duration.ofDays(toleranceDays).toSeconds() && distance < bestDistance) {
                past = s;
                bestDistance = distance;
            }
        }
        if (past == null || past.followers() <= 0 || past == latest) {
            return null;
        }
        return (latest.followers() - past.followers()) / (double) past.followers();
    }

    /**
     * A creator without posts in the window: growth from snapshots, and the averages and rate its source file
     * states, if any, marked as stated (never as computed). The stated rate is the mean the source gives; no
     * median is made up from one figure.
     */
    private CreatorMetrics withoutPosts(StatedEngagement stated, List<FollowerSnapshot> snapshots, Instant now) {
        boolean s = stated != null;
        return new CreatorMetrics(
                window.describe(),
                0,
                s ? stated.engagementRate() : null,
                null,
                null,
                null,
                s ? stated.averageLikes() : null,
                null,
                s ? stated.averageComments() : null,
                null,
                s ? stated.averageViews() : null,
                null,
                null,
                growth(snapshots, now, 30, 7),
                growth(snapshots, now, 90, 14),
                null,
                null,
                null,
                null,
                now,
                s ? stated.describe() : null);
    }

    private static double nz(Long v) {
        return v == null ? 0 : v;
    }
}
