package io.microscout.campaign;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Measures the {@link DisclosureDetector} on labelled sentences of video descriptions: per sentence and per video
 * (a video discloses when one of its sentences does), precision and recall, on the half of the videos the
 * patterns were written on ("development": CRC-32 of the video id even) and on the held-out half ("test").
 */
public final class DisclosureEvaluation {
    /** One labelled sentence. */
    public record Sentence(String video, String text, boolean disclosure) {}

    /** Counts and rates of one part. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0
                    ? Double.NaN
                    : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0
                    ? Double.NaN
                    : truePositives / (double) (truePositives + falseNegatives);
        }

        Score plus(boolean truth, boolean predicted) {
            return new Score(
                    truePositives + (truth && predicted ? 1 : 0),
                    falsePositives + (!truth && predicted ? 1 : 0),
                    falseNegatives + (truth && !predicted ? 1 : 0),
                    trueNegatives + (!truth && !predicted ? 1 : 0));
        }
    }

    /** Sentence and video scores of the development half, the test half and all. */
    public record Result(Map<String, Score> sentences, Map<String, Score> videos) {}

    public static boolean heldOut(String video) {
        CRC32 crc = new CRC32();
        crc.update(video.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 1;
    }

    public static Result run(List<Sentence> sentences) {
        DisclosureDetector detector = new DisclosureDetector();
        Score zero = new Score(0, 0, 0, 0);
        Map<String, Score> bySentence = new HashMap<>(Map.of("development", zero, "test", zero, "all", zero));
        Map<String, boolean[]> videos = new HashMap<>();
        for (Sentence s : sentences) {
            boolean predicted = detector.sentence(s.text()).isPresent();
            String part = heldOut(s.video()) ? "test" : "development";
            bySentence.merge(part, zero, (a, b) -> a.plus(s.disclosure(), predicted));
            bySentence.merge("all", zero, (a, b) -> a.plus(s.disclosure(), predicted));
            boolean[] v = videos.computeIfAbsent(s.video(), k -> new boolean[2]);
            v[0] |= s.disclosure();
            v[1] |= predicted;
        }
        Map<String, Score> byVideo = new HashMap<>(Map.of("development", zero, "test", zero, "all", zero));
        videos.forEach((id, v) -> {
            byVideo.merge(heldOut(id) ? "test" : "development", zero, (a, b) -> a.plus(v[0], v[1]));
            byVideo.merge("all", zero, (a, b) -> a.plus(v[0], v[1]));
        });
        return new Result(Map.copyOf(bySentence), Map.copyOf(byVideo));
    }
}
