package io.microscout.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CatalogIndexer;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.VectorSource;
import io.microscout.discovery.fakes.Creators;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A creator whose text did not change (a follower snapshot, a follower sample or comments were imported) keeps the
 * vector the index stored for it, in a later process too: the model only runs over texts it has not read, with the
 * same settings, before.
 */
class StoredVectorReuseTest {

    /** Counts the texts it embeds; its vectors are those of the model it names. */
    private static final class CountingEmbedder extends HashingEmbedder {
        final AtomicInteger embedded = new AtomicInteger();
        private final String id;

        CountingEmbedder(String id) {
            this.id = id;
        }

        @Override
        public String vectorsId() {
            return id;
        }

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            return super.embed(text);
        }
    }

    private static CreatorProfile creator(String handle, String caption) {
        return Creators.creator(handle, 20_000, "US", "en", "vegan skincare " + handle, 90.0, 3, caption);
    }

    private static int indexInANewProcess(Path folder, InMemoryProfiles profiles, CountingEmbedder embedder) {
        try (LuceneCreatorIndex index = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            CatalogIndexer indexer = new CatalogIndexer(() -> index, profiles, embedder);
            List<CreatorKey> keys =
                    profiles.all().stream().map(CreatorProfile::key).toList();
            indexer.index(keys, CatalogIndexer.Progress.silent());
            assertThat(indexer.textsReused() + indexer.textsEmbedded()).isEqualTo(keys.size());
        }
        return embedder.embedded.getAndSet(0);
    }

    @Test
    void anUnchangedTextIsNotEmbeddedAgainByALaterProcessWithTheSameModel(@TempDir Path folder) {
        InMemoryProfiles profiles = new InMemoryProfiles()
                .add(creator("ana", "my serum routine"))
                .add(creator("ben", "fragrance free moisturiser"));
        CountingEmbedder model = new CountingEmbedder("model-a, chunks of 256");

        assertThat(indexInANewProcess(folder, profiles, model)).isEqualTo(2);
        assertThat(indexInANewProcess(folder, profiles, model)).isZero();

        profiles.add(creator("ana", "a new caption about sunscreen"));
        assertThat(indexInANewProcess(folder, profiles, model)).isEqualTo(1);
        assertThat(indexInANewProcess(folder, profiles, model)).isZero();
    }

    @Test
    void anotherModelOrOneThatDoesNotSayWhatItIsEmbedsEveryTextAgain(@TempDir Path folder) {
        InMemoryProfiles profiles = new InMemoryProfiles()
                .add(creator("ana", "my serum routine"))
                .add(creator("ben", "fragrance free moisturiser"));
        indexInANewProcess(folder, profiles, new CountingEmbedder("model-a, chunks of 256"));

        assertThat(indexInANewProcess(folder, profiles, new CountingEmbedder("model-a, chunks of 128")))
                .isEqualTo(2);
        assertThat(indexInANewProcess(folder, profiles, new CountingEmbedder(null)))
                .isEqualTo(2);
    }

    @Test
    void theReusedVectorIsTheOneTheModelGave(@TempDir Path folder) {
        InMemoryProfiles profiles = new InMemoryProfiles().add(creator("ana", "my serum routine"));
        CountingEmbedder model = new CountingEmbedder("model-a");
        indexInANewProcess(folder, profiles, model);
        String text = io.microscout.discovery.IndexedCreators.semanticText(
                profiles.all().iterator().next());
        float[] expected = model.embed(text);
        try (LuceneCreatorIndex index = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            CreatorKey ana = profiles.all().iterator().next().key();
            float[] stored = index.storedVectors(Map.of(ana, VectorSource.of(model.vectorsId(), text)))
                    .get(ana);
            assertThat(stored).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-6f));
        }
    }
}
