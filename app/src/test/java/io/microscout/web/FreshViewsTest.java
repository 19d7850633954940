package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps creator and list views between writes (on SQLite, the embedded default): the read after any
 * write, by this process or by another on the same home, shows the new data.
 */
class FreshViewsTest {
    @TempDir
    static Path dir;

    static ServerFixture s;
    static String session;

    @BeforeAll
    static void start() throws Exception {
        s = new ServerFixture(dir, StoreLocation::sqlite);
        session = s.signIn("alice@brand-a.test");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static long followers(String key) throws Exception {
        return WebServer.JSON
                .readTree(s.get("/api/creators/" + key, s.alice).body())
                .get("followers")
                .asLong();
    }

    private static String page(String key) throws Exception {
        return s.page("/w/" + s.brandA.id() + "/creators/" + key, session).body();
    }

    private static String listed(String key) throws Exception {
        return s.get("/api/creators?limit=200", s.alice).body();
    }

    private static void setFollowers(CatalogStore store, String key, long followers) {
        String handle = key.substring(key.indexOf(':') + 1);
        store.jdbi()
                .useHandle(h -> h.createUpdate("UPDATE creators SET followers = :f WHERE handle = :h")
                        .bind("f", followers)
                        .bind("h", handle)
                        .execute());
    }

    @Test
    void aWriteByThisServerIsSeenByTheNextRead() throws Exception {
        String key = s.firstCreator();
        long before = followers(key);
        page(key);
        listed(key);
        assertThat(followers(key)).isEqualTo(before); // kept

        setFollowers(s.app.store(), key, before + 4_321);

        assertThat(followers(key)).isEqualTo(before + 4_321);
        assertThat(page(key)).contains(String.format(Locale.ROOT, "%,d followers", before + 4_321));
        assertThat(listed(key)).contains("\"followers\":" + (before + 4_321));
    }

    @Test
    void aWriteByAnotherProcessOnTheHomeIsSeenByTheNextRead() throws Exception {
        String key = s.firstCreator();
        long before = followers(key);
        page(key);

        try (CatalogStore other = CatalogStore.open(StoreLocation.sqlite(s.home))) {
            setFollowers(other, key, before + 9_876);
        }

        assertThat(followers(key)).isEqualTo(before + 9_876);
        assertThat(page(key)).contains(String.format(Locale.ROOT, "%,d followers", before + 9_876));
    }
}
