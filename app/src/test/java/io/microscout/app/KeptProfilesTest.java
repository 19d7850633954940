package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.CreatorProfiles;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptProfilesTest {
    @TempDir
    Path home;

    /** Profiles of every creator asked for (followers: how many reads so far), recording what was read. */
    private static final class CountingProfiles implements CreatorProfiles {
        final List<CreatorKey> read = new ArrayList<>();

        @Override
        public Optional<CreatorProfile> find(CreatorKey key) {
            read.add(key);
            return Optional.of(new CreatorProfile(
                    Creator.builder(key).followers((long) read.size()).build(), List.of(), null, null, null));
        }
    }

    @Test
    void profilesAreReadOnceUntilTheNextWrite() {
        CreatorKey anna = CreatorKey.parse("instagram:anna");
        CreatorKey ben = CreatorKey.parse("instagram:ben");
        try (CatalogStore store = CatalogStore.open(StoreLocation.sqlite(home))) {
            CountingProfiles catalog = new CountingProfiles();
            KeptProfiles kept = new KeptProfiles(catalog, store.changes());

            kept.findAll(List.of(anna));
            var both = kept.findAll(List.of(ben, anna));
            assertThat(catalog.read).containsExactly(anna, ben);
            assertThat(both.keySet()).containsExactly(ben, anna);

            store.jdbi().useHandle(h -> h.execute("DELETE FROM creators WHERE 1 = 0"));
            long followers = kept.find(anna).orElseThrow().creator().followers();

            assertThat(catalog.read).containsExactly(anna, ben, anna);
            assertThat(followers).isEqualTo(3);
        }
    }
}
