package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.UnitVectors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does a German or Spanish bio match an English brief about the same product as well as an English bio does?
 * Data: {@code bilingual-bios.tsv} (our own briefs and translated bios). Per language: the mean cosine of each
 * brief with its own topic's bio, and how often that bio beats every ENGLISH bio of another topic (a German
 * skincare creator must rank above English gamers for a skincare brief).
 */
public final class BilingualCheck {
    public static final List<String> LANGUAGES = List.of("en", "de", "es");

    /** One topic: the brief and its bio per language, in {@link #LANGUAGES} order. */
    record Row(String topic, String brief, List<String> bios) {}

    /** Per language: mean cosine with the own topic's brief, and the share of briefs where it beats off-topic English bios. */
    public record Result(List<Double> meanCosine, List<Double> beatsOtherEnglish, List<List<String>> losingTopics) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            for (int l = 0; l < LANGUAGES.size(); l++) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%s cos %.3f beats %.2f  ",
                        LANGUAGES.get(l),
                        meanCosine.get(l),
                        beatsOtherEnglish.get(l)));
                if (!losingTopics.get(l).isEmpty()) {
                    sb.append("(loses ")
                            .append(String.join(" ", losingTopics.get(l)))
                            .append(")  ");
                }
            }
            return sb.toString().trim();
        }
    }

    private BilingualCheck() {}

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BilingualCheck.class.getResourceAsStream("bilingual-bios.tsv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(f[0], f[1], List.of(f[2], f[3], f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static Result run(TextEmbedder embedder) {
        List<Row> rows = rows();
        List<float[]> briefs =
                rows.stream().map(r -> embedder.embedQuery(r.brief())).toList();
        List<List<float[]>> bios = new ArrayList<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            int lang = l;
            bios.add(
                    embedder.embedAll(rows.stream().map(r -> r.bios().get(lang)).toList()));
        }
        List<Double> cos = new ArrayList<>();
        List<Double> beats = new ArrayList<>();
        List<List<String>> losing = new ArrayList<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            List<String> lost = new ArrayList<>();
            double sum = 0;
            int wins = 0;
            for (int i = 0; i < rows.size(); i++) {
                double own = UnitVectors.dot(briefs.get(i), bios.get(l).get(i));
                sum += own;
                double bestOther = -1;
                for (int j = 0; j < rows.size(); j++) {
                    if (j != i) {
                        bestOther = Math.max(
                                bestOther,
                                UnitVectors.dot(briefs.get(i), bios.get(0).get(j)));
                    }
                }
                wins += own > bestOther ? 1 : 0;
                if (own <= bestOther) {
                    lost.add(rows.get(i).topic());
                }
            }
            losing.add(lost);
            cos.add(sum / rows.size());
            beats.add((double) wins / rows.size());
        }
        return new Result(cos, beats, losing);
    }
}
