package io.microscout.discovery.evaluation;

import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.discovery.fakes.InMemoryProfiles;

import java.nio.file.Path;
import java.util.List;

/**
 * A measurement, not a test: the YouTube category evaluation with the real sentence model (all-MiniLM-L6-v2,
 * quantised) instead of the hashed stand-in. Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.microscout.discovery.evaluation.MiniLmEvaluationRun
 * ../shared/data}. The application's own embedder adapter replaces this inline one at integration.
 */
public final class MiniLmEvaluationRun {
    private MiniLmEvaluationRun() {
    }

    public static void main(String[] args) throws Exception {
        TextEmbedder embedder = new MiniLm();
        List<CreatorProfile> channels = YoutubeCategories.read(Path.of(args[0]).resolve(YoutubeCategories.FILE));
        InMemoryProfiles profiles = new InMemoryProfiles();
        channels.forEach(profiles::add);
        InMemoryCreatorIndex index = new InMemoryCreatorIndex();
        IndexedCreators.upsert(index, channels, embedder);
        LabelledSet set = CategoryLabels.build("youtube-categories (all-MiniLM-L6-v2)",
                channels.stream().map(CreatorProfile::creator).toList(), 5);
        System.out.print(DiscoveryEvaluation.run(set, new DiscoveryService(index, profiles, embedder)::discover, 10, 20)
                .format());
    }
}
