package io.microscout.store;

import static io.microscout.store.CreatorCatalogContract.anna;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreChangesTest {
    @TempDir
    Path home;

    CatalogStore store;

    @BeforeEach
    void open() {
        store = CatalogStore.open(TestDatabases.sqlite(home));
        store.catalog().store(anna());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long version() {
        return store.changes().version().orElseThrow();
    }

    @Test
    void readsLeaveTheVersionAsItWas() {
        long before = version();
        store.catalog().creator(CreatorKey.parse("instagram:anna"));
        store.catalog().postsOf(List.of(CreatorKey.parse("instagram:anna")));
        store.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creators")
                        .mapTo(Long.class)
                        .one());

        assertThat(version()).isEqualTo(before);
    }

    @Test
    void everyCommittedWriteChangesTheVersion() {
        long start = version();
        store.catalog()
                .store(CatalogFixtures.batch(
                        List.of(CatalogFixtures.creator("instagram:anna", 13_000)), List.of(), List.of()));
        long afterImport = version();
        store.jdbi().useHandle(h -> h.execute("UPDATE creators SET followers = 14000"));
        long afterAutoCommit = version();
        store.jdbi().useTransaction(h -> h.execute("DELETE FROM follower_snapshots"));
        long afterTransaction = version();

        assertThat(List.of(start, afterImport, afterAutoCommit, afterTransaction))
                .doesNotHaveDuplicates();
    }

    @Test
    void aWriteThroughAnotherStoreOnTheSameHomeChangesTheVersion() {
        long before = version();
        try (CatalogStore other = CatalogStore.open(TestDatabases.sqlite(home))) {
            other.jdbi().useHandle(h -> h.execute("UPDATE creators SET followers = 15000"));
        }
        assertThat(version()).isNotEqualTo(before);
    }

    @Test
    void theStoresConnectionsCountCommittedWritesAndNothingElse() throws Exception {
        StoreChanges changes = new StoreChanges(null);
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:counted;DB_CLOSE_DELAY=-1");
        org.jdbi.v3.core.Jdbi jdbi = org.jdbi.v3.core.Jdbi.create(new ChangeCountingConnections(h2, changes));
        jdbi.useHandle(h -> h.execute("CREATE TABLE t (n INT)"));
        long created = changes.committedHere();
        jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Long.class).one());
        jdbi.useTransaction(h -> {
            h.execute("INSERT INTO t VALUES (1)");
            h.rollback();
        });
        assertThat(changes.committedHere()).isEqualTo(created);

        jdbi.useTransaction(h -> h.execute("INSERT INTO t VALUES (2)"));
        try (var con = jdbi.open().getConnection();
                var st = con.createStatement()) {
            st.executeUpdate("UPDATE t SET n = 3");
        }
        assertThat(changes.committedHere()).isEqualTo(created + 2);
    }

    @Test
    void aServerDatabaseOthersWriteToGivesNoVersion() {
        assertThat(new StoreChanges(null).version()).isEqualTo(OptionalLong.empty());
    }
}
