package io.microscout.discovery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.discovery.fakes.InMemoryProfiles;
import io.microscout.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovery against real labels: YouTube's own categories for 995 top channels. Only channel names are text here,
 * so this measures the keyword and niche side (the hashed stand-in embedder carries no meaning). It must beat
 * picking channels at random, whose expected precision is each niche's share of the labelled channels.
 */
class RealLabelsEvaluationTest {

    @Test
    void rankingByNicheBeatsRandomOnYoutubeCategories() throws Exception {
        List<CreatorProfile> channels = YoutubeCategories.read(SharedData.path(YoutubeCategories.FILE));
        InMemoryProfiles profiles = new InMemoryProfiles();
        channels.forEach(profiles::add);
        InMemoryCreatorIndex index = new InMemoryCreatorIndex();
        HashingEmbedder embedder = new HashingEmbedder();
        IndexedCreators.upsert(index, channels, embedder);
        LabelledSet set = CategoryLabels.build(
                "youtube-categories",
                channels.stream().map(CreatorProfile::creator).toList(),
                5);
        EvaluationReport report =
                DiscoveryEvaluation.run(set, new DiscoveryService(index, profiles, embedder)::discover, 10, 20);
        System.out.print(report.format());

        double randomPrecision = set.cases().stream()
                .mapToDouble(c -> (double) c.relevant().size() / channels.size())
                .average()
                .orElseThrow();
        System.out.printf("random ranking's expected precision: %.3f%n", randomPrecision);
        assertThat(set.cases())
                .extracting(LabelledCase::name)
                .contains("music", "gaming", "education", "entertainment");
        assertThat(report.meanPrecision()).isGreaterThan(randomPrecision);
    }
}
