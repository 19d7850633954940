package io.microscout.store.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.AccountCalibration;
import io.microscout.store.SqlDialect;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiAccountCalibrationsTest {

    private static JdbiAccountCalibrations store() {
        String url = "jdbc:h2:mem:calibrations-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(SqlDialect.H2.placeholders())
                .load()
                .migrate();
        return new JdbiAccountCalibrations(Jdbi.create(url, "sa", ""));
    }

    @Test
    void theNewestCalibrationOfTheModelInUseIsTheOneThatApplies() {
        JdbiAccountCalibrations store = store();
        AccountCalibration march =
                new AccountCalibration("march.csv", "model-a", 50, 40, 150, 12, Instant.parse("2026-03-01T00:00:00Z"));
        AccountCalibration may =
                new AccountCalibration("may.csv", "model-a", 80, 70, 120, 9, Instant.parse("2026-05-01T00:00:00Z"));
        AccountCalibration otherModel =
                new AccountCalibration("b.csv", "model-b", 20, 15, 20, 2, Instant.parse("2026-06-01T00:00:00Z"));
        store.save(may);
        store.save(march);
        store.save(otherModel);

        assertThat(store.latest("model-a")).contains(may);
        assertThat(store.latest("model-b")).contains(otherModel);
        assertThat(store.latest("model-c")).isEmpty();
    }
}
