package io.microscout.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.RequiredComponents;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The V2 migration runs on H2 in PostgreSQL mode and on PostgreSQL, and keeps unknown values unknown. */
class AudienceSamplesMigrationTest {

    @Test
    void followerSampleTablesKeepUnknownCountsNullOnH2() throws Exception {
        check(
                "jdbc:h2:mem:v2-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }

    @Test
    void followerSampleTablesWorkOnPostgres() throws Exception {
        String url = System.getProperty("microscout.test.postgres", "");
        RequiredComponents.require(!url.isBlank(), "no PostgreSQL URL in microscout.test.postgres");
        check(url, null, null);
    }

    private static void check(String url, String user, String password) throws Exception {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .placeholders(io.microscout.store.SqlDialect.of(url).placeholders())
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audience_samples (platform, handle, taken_at, "
                            + "source, accounts) VALUES ('instagram', 'bakery.lisbon', ?, 'followers.csv', 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setObject(1, OffsetDateTime.parse("2026-05-01T12:00:00Z"));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audience_sample_accounts (sample_id, seq, username, followers, "
                        + "has_profile_picture) VALUES (" + id + ", 0, 'anna', 412, TRUE)");
                try (ResultSet r = s.executeQuery("SELECT followers, following, has_profile_picture FROM "
                        + "audience_sample_accounts WHERE sample_id = " + id)) {
                    r.next();
                    assertThat(r.getLong("followers")).isEqualTo(412);
                    assertThat(r.getObject("following")).isNull();
                    assertThat(r.getBoolean("has_profile_picture")).isTrue();
                }
                s.executeUpdate("DELETE FROM audience_samples WHERE id = " + id);
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audience_sample_accounts")) {
                    r.next();
                    assertThat(r.getLong(1)).as("accounts go with their sample").isZero();
                }
            }
        }
    }
}
