package io.microscout.store.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.CommentSample;
import io.microscout.authenticity.FollowerSample;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiAudienceSamplesTest {
    private static final CreatorKey KEY = CreatorKey.of(Platform.INSTAGRAM, "bakery.lisbon");

    private static JdbiAudienceSamples store() {
        String url = "jdbc:h2:mem:samples-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(io.microscout.store.SqlDialect.H2.placeholders())
                .load()
                .migrate();
        return new JdbiAudienceSamples(Jdbi.create(url, "sa", ""));
    }

    @Test
    void theLatestSampleComesBackWithUnknownValuesStillUnknown() {
        JdbiAudienceSamples store = store();
        AccountProfile partial = new AccountProfile("anna", 412L, null, 57L, null, true, null, null, null);
        AccountProfile full = new AccountProfile("x123", 3L, 2_400L, 0L, 0, false, false, null, null);
        store.save(new FollowerSample(KEY, Instant.parse("2026-04-01T00:00:00Z"), "old.csv", List.of(full)));
        store.save(new FollowerSample(KEY, Instant.parse("2026-05-01T00:00:00Z"), "new.csv", List.of(partial, full)));
        FollowerSample latest = store.latest(KEY).orElseThrow();
        assertThat(latest.source()).isEqualTo("new.csv");
        assertThat(latest.takenAt()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(latest.followers()).containsExactly(partial, full);
        assertThat(store.latest(CreatorKey.of(Platform.TIKTOK, "bakery.lisbon")))
                .isEmpty();
    }

    @Test
    void commentsOfACreatorAreKeptInOrder() {
        JdbiAudienceSamples store = store();
        store.add(KEY, List.of(new CommentSample("p1", "maria", "Which flour?"), new CommentSample(null, null, "🔥")));
        assertThat(store.of(KEY)).extracting(CommentSample::text).containsExactly("Which flour?", "🔥");
    }
}
