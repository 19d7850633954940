package io.microscout.authenticity;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well creator scores separate creators: the most common score and the share of scored creators on it
 * (issue 16 asks for at most 10%), how many distinct values occur, and how many had "not enough data" (a state,
 * not a value, so it is counted apart).
 */
public record ScoreSpread(
        int scored, int notEnoughData, int distinctValues, Integer mostCommonScore, double mostCommonShare) {

    public static ScoreSpread of(Collection<AuthenticityScore> scores) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int missing = 0;
        for (AuthenticityScore s : scores) {
            if (s.score() == null) {
                missing++;
            } else {
                counts.merge(s.score(), 1, Integer::sum);
            }
        }
        int scored = scores.size() - missing;
        Integer mode = null;
        int modeCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > modeCount) {
                mode = e.getKey();
                modeCount = e.getValue();
            }
        }
        return new ScoreSpread(scored, missing, counts.size(), mode, scored == 0 ? 0 : modeCount / (double) scored);
    }
}
