package io.microscout.search;

import static io.microscout.search.IndexFixtures.creator;
import static io.microscout.search.IndexFixtures.handles;
import static io.microscout.search.IndexFixtures.keywords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two indexes opened on one folder behave as two processes on one home do: neither holds the write lock between
 * writes, each sees the other's commits in its next search. (Lucene's write.lock is a file lock, so the same holds
 * across processes; SharedHomeTest in the app module runs real processes.)
 */
class SharedIndexFolderTest {
    @TempDir
    Path folder;

    @Test
    void aSearchSeesWhatAnotherWriterCommittedSince() {
        try (LuceneCreatorIndex server = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults());
                LuceneCreatorIndex command = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            assertThat(server.search(keywords("vegan", 10))).isEmpty(); // no index yet: nothing, no error
            server.upsert(List.of(creator("anna", "vegan recipes", new float[] {1, 0, 0})));

            command.upsert(List.of(creator("ben", "vegan baking", new float[] {0, 1, 0})));
            command.remove(creator("anna", "", null).key());

            assertThat(handles(server.search(keywords("vegan", 10)))).containsExactly("ben");
            assertThat(server.size()).isEqualTo(1);
        }
    }

    @Test
    void aWriterWaitsForAnotherWritersLockThenSaysWhoHoldsIt() throws Exception {
        try (IndexWriter other = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig());
                LuceneCreatorIndex index =
                        LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults(), Duration.ofMillis(600))) {
            other.commit();
            List<String> notices = new ArrayList<>();
            index.onWaitForLock(notices::add);

            assertThatThrownBy(() -> index.upsert(List.of(creator("anna", "vegan", null))))
                    .isInstanceOf(SearchIndexBusyException.class)
                    .hasMessageContaining("being written by another MicroScout process")
                    .hasMessageContaining(folder.toString());
            assertThat(notices).singleElement().asString().contains("waiting for the search index");
            assertThat(index.size()).isZero(); // reading needs no lock
        }
    }

    @Test
    void aRebuildReplacesTheIndexInOneCommitAndAFailedOneKeepsTheOld() {
        try (LuceneCreatorIndex index = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults());
                LuceneCreatorIndex reader = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            index.upsert(List.of(creator("anna", "vegan recipes", null)));

            assertThatThrownBy(() -> index.replaceAll(docs -> true, () -> {
                        index.upsert(List.of(creator("ben", "vegan baking", null)));
                        assertThat(handles(reader.search(keywords("vegan", 10))))
                                .containsExactly("anna");
                        throw new IllegalStateException("the catalog went away");
                    }))
                    .hasMessage("the catalog went away");
            assertThat(handles(reader.search(keywords("vegan", 10)))).containsExactly("anna");

            assertThat(index.replaceAll(docs -> docs == 0, () -> {})).isFalse(); // not empty: nothing done
            assertThat(index.replaceAll(docs -> true, () -> index.upsert(List.of(creator("cleo", "vegan", null)))))
                    .isTrue();
            assertThat(handles(reader.search(keywords("vegan", 10)))).containsExactly("cleo");
        }
    }
}
