package io.microscout.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.store.CatalogStore;
import io.microscout.store.index.JdbiIndexRebuilds.Checkpoint;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild's checkpoint survives the process (it is in the database) and moves forward until it is finished. */
class JdbiIndexRebuildsTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointIsReadBackByTheNextProcessAndGoneWhenFinished() {
        try (CatalogStore store = CatalogStore.open(TestDatabases.sqlite(dir))) {
            JdbiIndexRebuilds rebuilds = new JdbiIndexRebuilds(store.jdbi());
            assertThat(rebuilds.find("creators")).isEmpty();
            rebuilds.save(new Checkpoint("creators", "creators_2", null, 0), 1);
            rebuilds.save(new Checkpoint("creators", "creators_2", "instagram:m", 1024), 2);
        }
        try (CatalogStore store = CatalogStore.open(TestDatabases.sqlite(dir))) {
            JdbiIndexRebuilds rebuilds = new JdbiIndexRebuilds(store.jdbi());
            assertThat(rebuilds.find("creators"))
                    .contains(new Checkpoint("creators", "creators_2", "instagram:m", 1024));
            rebuilds.finish("creators");
            assertThat(rebuilds.find("creators")).isEmpty();
        }
    }
}
