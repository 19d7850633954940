package io.microscout.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.EngagementSeries;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.importer.instafake.InstaFakeEngagement;
import io.microscout.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the generator's post-to-post variation and comments per like against the real per-post series of
 * InstaFake automated-v1.0 (700 real Instagram accounts, Akyon &amp; Kalfaoglu 2019), read in place.
 */
class RealEngagementSeriesTest {
    private static double[] realSpread;
    private static double[] realCommentsPerLike;

    @BeforeAll
    static void readRealSeries() throws IOException {
        List<Double> spread = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (EngagementSeries a : InstaFakeEngagement.read(SharedData.path("instafake/automated-v1.0"))) {
            double[] likes = Arrays.stream(a.likes()).asDoubleStream().toArray();
            if (likes.length < 10 || Arrays.stream(likes).min().orElse(0) <= 0) {
                continue;
            }
            spread.add(sdOfLog(likes));
            ratio.add(Arrays.stream(a.comments()).sum() / Arrays.stream(likes).sum());
        }
        realSpread = spread.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        realCommentsPerLike =
                ratio.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void cleanCreatorsVaryFromPostToPostLikeRealAccounts() {
        double[] generated = cleanInstagram().stream()
                .mapToDouble(posts -> sdOfLog(
                        posts.stream().mapToDouble(p -> Math.max(1, p.likes())).toArray()))
                .sorted()
                .toArray();
        assertThat(median(generated)).isBetween(quantile(realSpread, 0.25), quantile(realSpread, 0.75));
    }

    @Test
    void cleanCreatorsGetCommentsPerLikeLikeRealAccounts() {
        double[] generated = cleanInstagram().stream()
                .mapToDouble(posts -> posts.stream().mapToLong(Post::comments).sum()
                        / (double) posts.stream().mapToLong(Post::likes).sum())
                .sorted()
                .toArray();
        assertThat(median(generated))
                .isBetween(quantile(realCommentsPerLike, 0.25), quantile(realCommentsPerLike, 0.75));
    }

    private static List<List<Post>> cleanInstagram() {
        List<List<Post>> out = new ArrayList<>();
        for (GeneratedCreator g : new CatalogGenerator(
                        GeneratorSettings.of(800, 5).withFollowerSample(0).withCommentsPerPost(0))
                .generateAll()) {
            if (g.truth().fraud() == FraudKind.NONE && g.creator().platform() == Platform.INSTAGRAM) {
                out.add(g.posts());
            }
        }
        return out;
    }

    private static double sdOfLog(double[] values) {
        double mean = Arrays.stream(values).map(Math::log).average().orElse(0);
        return Math.sqrt(Arrays.stream(values)
                .map(v -> Math.pow(Math.log(v) - mean, 2))
                .average()
                .orElse(0));
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    private static double median(double[] sorted) {
        return quantile(sorted, 0.5);
    }
}
