package io.microscout.authenticity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve: the probability that a randomly drawn positive scores above a randomly drawn
 * negative, ties counting one half. Computed as the Mann-Whitney U statistic over ranks (Hanley &amp; McNeil,
 * Radiology 1982), so it needs no threshold. Used for the account classifier and for the creator score over
 * labelled creators (planted fraud = positive).
 */
public final class RocAuc {
    private RocAuc() {}

    /** AUC of scores (higher = more likely positive) against labels; null when one class is absent. */
    public static Double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores and labels differ in length");
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks are 1-based; ties share their mean rank
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
