package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.List;

/**
 * How well authenticity scores separate creators known to cheat (planted bought followers, pods) from clean
 * ones: ROC AUC of (100 - score) with "cheats" as the positive class. Creators scored "not enough data" cannot
 * be ranked: they are left out and counted.
 */
public record LabelledScores(
        int creators, int cheats, int notEnoughData, Double rocAuc, double cleanMeanScore, double cheatMeanScore) {

    /** One creator's score and truth. */
    public record Labelled(AuthenticityScore score, boolean cheats) {}

    public static LabelledScores of(List<Labelled> labelled) {
        List<Double> suspicion = new ArrayList<>();
        List<Boolean> truth = new ArrayList<>();
        int notEnough = 0;
        int cheats = 0;
        double cleanSum = 0;
        double cheatSum = 0;
        for (Labelled l : labelled) {
            cheats += l.cheats() ? 1 : 0;
            if (!l.score().enoughData()) {
                notEnough++;
                continue;
            }
            suspicion.add(100.0 - l.score().score());
            truth.add(l.cheats());
            if (l.cheats()) {
                cheatSum += l.score().score();
            } else {
                cleanSum += l.score().score();
            }
        }
        double[] s = suspicion.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[truth.size()];
        long scoredCheats = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = truth.get(i);
            scoredCheats += y[i] ? 1 : 0;
        }
        long scoredClean = y.length - scoredCheats;
        return new LabelledScores(
                labelled.size(),
                cheats,
                notEnough,
                RocAuc.of(s, y),
                scoredClean == 0 ? Double.NaN : cleanSum / scoredClean,
                scoredCheats == 0 ? Double.NaN : cheatSum / scoredCheats);
    }
}
