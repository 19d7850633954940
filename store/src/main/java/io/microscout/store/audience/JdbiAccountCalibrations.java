package io.microscout.store.audience;

import io.microscout.authenticity.AccountCalibration;
import io.microscout.authenticity.AccountCalibrations;
import io.microscout.store.StoredTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link AccountCalibrations} in table {@code account_calibrations} (migration V200); every calibration is kept. */
public final class JdbiAccountCalibrations implements AccountCalibrations {
    private final Jdbi jdbi;

    public JdbiAccountCalibrations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(AccountCalibration c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO account_calibrations (sample, model, fakes, fakes_flagged,"
                        + " reals, reals_flagged, measured_at) VALUES (:sample, :model, :fakes, :fakesFlagged,"
                        + " :reals, :realsFlagged, :measuredAt)")
                .bind("sample", c.sample())
                .bind("model", c.model())
                .bind("fakes", c.fakes())
                .bind("fakesFlagged", c.fakesFlagged())
                .bind("reals", c.reals())
                .bind("realsFlagged", c.realsFlagged())
                .bind("measuredAt", OffsetDateTime.ofInstant(c.measuredAt(), ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<AccountCalibration> latest(String model) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM account_calibrations WHERE model = :model"
                        + " ORDER BY measured_at DESC, id DESC LIMIT 1")
                .bind("model", model)
                .map((rs, ctx) -> new AccountCalibration(
                        rs.getString("sample"),
                        rs.getString("model"),
                        rs.getInt("fakes"),
                        rs.getInt("fakes_flagged"),
                        rs.getInt("reals"),
                        rs.getInt("reals_flagged"),
                        StoredTime.read(rs, "measured_at")))
                .findOne());
    }
}
