package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Assigns rows to k folds so that each fold holds the same share of each class (shuffled with a seed). */
public final class StratifiedFolds {
    private StratifiedFolds() {}

    /** fold[i] in 0..k-1 for each row. */
    public static int[] assign(boolean[] positive, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        int[] fold = new int[positive.length];
        Random random = new Random(seed);
        for (boolean cls : new boolean[] {true, false}) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < positive.length; i++) {
                if (positive[i] == cls) {
                    rows.add(i);
                }
            }
            Collections.shuffle(rows, random);
            for (int j = 0; j < rows.size(); j++) {
                fold[rows.get(j)] = j % k;
            }
        }
        return fold;
    }
}
