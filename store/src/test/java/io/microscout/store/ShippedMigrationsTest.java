package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when the history holds exactly the shipped migrations with Flyway's checksums. */
class ShippedMigrationsTest {
    @TempDir
    Path home;

    private JdbcConnectionPool db;
    private final ShippedMigrations shipped = ShippedMigrations.onClassPath();

    @BeforeEach
    void openEmptyDatabase() {
        db = JdbcConnectionPool.create(CatalogStore.sqlite(TestDatabases.sqlite(home)));
    }

    @AfterEach
    void close() {
        db.dispose();
    }

    @Test
    void theChecksumsAreTheOnesFlywayRecords() {
        Flyway flyway = flyway();
        flyway.migrate();
        Map<String, Integer> recorded = new TreeMap<>();
        for (MigrationInfo m : flyway.info().applied()) {
            recorded.put(m.getScript(), m.getChecksum());
        }
        assertThat(shipped.checksums()).hasSizeGreaterThan(10).isEqualTo(recorded);
        assertThat(shipped.allAppliedIn(db)).isTrue();
    }

    @Test
    void aNewDatabaseIsLeftToFlyway() {
        assertThat(shipped.allAppliedIn(db)).isFalse();
    }

    @Test
    void aMissingMigrationIsLeftToFlyway() {
        flyway().migrate();
        Jdbi.create(db)
                .useHandle(h -> h.execute(
                        "DELETE FROM flyway_schema_history WHERE script = ?",
                        shipped.checksums().keySet().stream()
                                .reduce((a, b) -> b)
                                .orElseThrow()));
        assertThat(shipped.allAppliedIn(db)).isFalse();
    }

    @Test
    void anotherChecksumOrAFailedMigrationIsLeftToFlyway() {
        flyway().migrate();
        Jdbi.create(db)
                .useHandle(h -> h.execute("UPDATE flyway_schema_history SET checksum = checksum + 1"
                        + " WHERE script = 'V1__catalog.sql'"));
        assertThat(shipped.allAppliedIn(db)).isFalse();
        Jdbi.create(db)
                .useHandle(h -> h.execute("UPDATE flyway_schema_history SET checksum = checksum - 1,"
                        + " success = 0 WHERE script = 'V1__catalog.sql'"));
        assertThat(shipped.allAppliedIn(db)).isFalse();
    }

    @Test
    void aMigrationThisBuildDoesNotKnowIsLeftToFlyway() {
        flyway().migrate();
        Jdbi.create(db)
                .useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version,"
                        + " description, type, script, checksum, installed_by, execution_time, success) VALUES (999, '999',"
                        + " 'from a newer build', 'SQL', 'V999__newer.sql', 1, 'test', 1, 1)"));
        assertThat(shipped.allAppliedIn(db)).isFalse();
    }

    @Test
    void versionsAreReadFromScriptNames() {
        assertThat(ShippedMigrations.versionOf("V120__forgotten_creators.sql")).isEqualTo("120");
        assertThat(ShippedMigrations.versionOf("V1_2__x.sql")).isEqualTo("1.2");
        assertThat(ShippedMigrations.versionOf("R__x.sql")).isEmpty();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(SqlDialect.SQLITE.placeholders())
                .load();
    }
}
