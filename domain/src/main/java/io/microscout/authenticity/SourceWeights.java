package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training weights that handle base rates on purpose (see {@link FakeAccountTrainer}): each source weighs one in
 * total, split half to its fakes and half to its real accounts (a source with one class weighs one half), then
 * fakes and real accounts are scaled to weigh the same overall. The weights sum to the number of accounts.
 */
public final class SourceWeights {
    private SourceWeights() {}

    public static double[] of(List<LabelledAccount> data) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (LabelledAccount a : data) {
            counts.computeIfAbsent(a.source(), k -> new long[2])[a.fake() ? 1 : 0]++;
        }
        double[] w = new double[data.size()];
        double fakeTotal = 0;
        double realTotal = 0;
        for (int i = 0; i < w.length; i++) {
            LabelledAccount a = data.get(i);
            long[] c = counts.get(a.source());
            w[i] = 0.5 / c[a.fake() ? 1 : 0];
            if (a.fake()) {
                fakeTotal += w[i];
            } else {
                realTotal += w[i];
            }
        }
        double n = data.size();
        for (int i = 0; i < w.length; i++) {
            double classTotal = data.get(i).fake() ? fakeTotal : realTotal;
            double otherTotal = data.get(i).fake() ? realTotal : fakeTotal;
            // each class gets half of the total weight n (or all of it when the other class is absent)
            w[i] *= (otherTotal == 0 ? n : n / 2) / classTotal;
        }
        return w;
    }

    /**
     * Per feature, whether some source holding both fakes and real accounts gives it for both: only those
     * features are learned from, so that a feature's mere presence cannot stand for one source's label.
     */
    public static boolean[] usableFeatures(List<LabelledAccount> data, List<AccountFeature> features) {
        Map<String, boolean[][]> known = new LinkedHashMap<>();
        for (LabelledAccount a : data) {
            boolean[][] k = known.computeIfAbsent(a.source(), s -> new boolean[2][features.size()]);
            double[] x = AccountFeature.vector(features, a.profile());
            for (int f = 0; f < x.length; f++) {
                k[a.fake() ? 1 : 0][f] |= !Double.isNaN(x[f]);
            }
        }
        boolean[] usable = new boolean[features.size()];
        for (boolean[][] k : known.values()) {
            for (int f = 0; f < usable.length; f++) {
                usable[f] |= k[0][f] && k[1][f];
            }
        }
        return usable;
    }

    /** At most {@code max} accounts per source, keeping its share of fakes; 0 keeps all. Order is preserved. */
    public static List<LabelledAccount> capped(List<LabelledAccount> data, int max, long seed) {
        if (max <= 0) {
            return data;
        }
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            bySource.computeIfAbsent(data.get(i).source(), k -> new ArrayList<>())
                    .add(i);
        }
        if (bySource.values().stream().allMatch(rows -> rows.size() <= max)) {
            return data;
        }
        boolean[] keep = new boolean[data.size()];
        Random random = new Random(seed ^ 0x5EED);
        for (List<Integer> rows : bySource.values()) {
            if (rows.size() <= max) {
                rows.forEach(i -> keep[i] = true);
                continue;
            }
            List<Integer> fakes = new ArrayList<>();
            List<Integer> reals = new ArrayList<>();
            rows.forEach(i -> (data.get(i).fake() ? fakes : reals).add(i));
            int keepFakes = (int) Math.round(max * fakes.size() / (double) rows.size());
            Collections.shuffle(fakes, random);
            Collections.shuffle(reals, random);
            fakes.subList(0, keepFakes).forEach(i -> keep[i] = true);
            reals.subList(0, max - keepFakes).forEach(i -> keep[i] = true);
        }
        List<LabelledAccount> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(data.get(i));
            }
        }
        return out;
    }
}
