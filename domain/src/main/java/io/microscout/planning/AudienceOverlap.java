package io.microscout.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which candidates share an audience, and how much a further creator in the same audience is worth.
 *
 * <p>Form (MicroScout's assumption; no published figure): candidates with the same main niche, country and
 * language reach one audience; so do two candidates whose follower samples overlap with a Jaccard index of
 * at least {@link #SHARED_FOLLOWERS_LINK} (clusters are then merged, union–find). Within an audience the
 * k-th piece of content, ranked by expected value, counts {@code discount^(k-1)} of its value
 * ({@link PlanProblem}): with the default 0.8, the second creator in "fitness / DE / de" counts 80%, the
 * third 64%.
 */
public final class AudienceOverlap {
    public static final double DEFAULT_DISCOUNT = 0.8; // assumption, see above
    public static final double SHARED_FOLLOWERS_LINK = 0.2; // assumption: Jaccard of follower samples
    private static final int MAX_SAMPLED = 5_000; // pairwise comparison limit

    private final double discount;

    public AudienceOverlap(double discount) {
        if (!(discount > 0 && discount <= 1)) {
            throw new IllegalArgumentException("overlap discount must be within (0, 1], got " + discount);
        }
        this.discount = discount;
    }

    public static AudienceOverlap defaults() {
        return new AudienceOverlap(DEFAULT_DISCOUNT);
    }

    public double discount() {
        return discount;
    }

    /** The audience label of a candidate: "fitness / DE / de". */
    public static String audienceOf(PlanCandidate c) {
        return c.mainNiche() + " / " + (c.countryCode() == null ? "?" : c.countryCode()) + " / "
                + (c.languageCode() == null ? "?" : c.languageCode());
    }

    /** An audience cluster id (0, 1, ...) per candidate. */
    public int[] clusters(List<PlanCandidate> candidates) {
        int n = candidates.size();
        int[] parent = new int[n];
        Map<Audience, Integer> firstOfKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            PlanCandidate c = candidates.get(i);
            Integer first = firstOfKey.putIfAbsent(new Audience(c.mainNiche(), c.countryCode(), c.languageCode()), i);
            if (first != null) {
                parent[i] = first;
            }
        }
        int[] sampled = new int[Math.min(n, MAX_SAMPLED)];
        int count = 0;
        for (int i = 0; i < n && count < sampled.length; i++) {
            if (!candidates.get(i).followerSample().isEmpty()) {
                sampled[count++] = i;
            }
        }
        sampled = java.util.Arrays.copyOf(sampled, count);
        for (int a = 0; a < sampled.length; a++) {
            for (int b = a + 1; b < sampled.length; b++) {
                if (jaccard(candidates.get(sampled[a]), candidates.get(sampled[b])) >= SHARED_FOLLOWERS_LINK) {
                    parent[find(parent, sampled[a])] = find(parent, sampled[b]);
                }
            }
        }
        int[] cluster = new int[n], idOfRoot = new int[n];
        java.util.Arrays.fill(idOfRoot, -1);
        int ids = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = ids++;
            }
            cluster[i] = idOfRoot[root];
        }
        return cluster;
    }

    /** Who a candidate reaches: main niche, country, language (a key, not a label: no string per candidate). */
    private record Audience(String niche, String country, String language) {}

    /** Shared followers over followers of either, from the two samples. */
    public static double jaccard(PlanCandidate a, PlanCandidate b) {
        int shared = 0;
        for (String f : a.followerSample()) {
            if (b.followerSample().contains(f)) {
                shared++;
            }
        }
        int union = a.followerSample().size() + b.followerSample().size() - shared;
        return union == 0 ? 0 : shared / (double) union;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
