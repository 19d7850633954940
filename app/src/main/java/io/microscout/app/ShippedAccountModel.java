package io.microscout.app;

import io.microscout.authenticity.AccountCalibration;
import io.microscout.authenticity.AccountCalibrations;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AccountVerdict;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.models.AccountModelFile;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shipped fake-account model, read on its first use rather than when MicroScout opens: parsing its trees
 * was a large share of a read command that never classifies an account ({@code creators}, {@code plans}; see
 * docs/speed.md). Classifies exactly as the model does; its error rates are those of the newest calibration stored
 * for this model ({@code authenticity calibrate}), else the model's own (measured out of source).
 */
final class ShippedAccountModel implements AccountClassifier {
    /** How long a looked-up calibration is kept before asking the store again (another node may have calibrated). */
    private static final long CALIBRATION_TTL_NANOS = 60_000_000_000L;

    private final Supplier<FakeAccountModel> read;
    private final AccountCalibrations calibrations;
    private volatile FakeAccountModel model;
    private volatile Optional<AccountCalibration> calibration;
    private volatile long calibrationReadAt;

    ShippedAccountModel(AccountCalibrations calibrations) {
        this(AccountModelFile::shipped, calibrations);
    }

    ShippedAccountModel(Supplier<FakeAccountModel> read, AccountCalibrations calibrations) {
        this.read = read;
        this.calibrations = calibrations;
    }

    /** The model as shipped, without calibration. */
    FakeAccountModel model() {
        FakeAccountModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = read.get();
                    model = m;
                }
            }
        }
        return m;
    }

    /** The calibration in use, if any (looked up again after a minute, or after {@link #recalibrated}). */
    Optional<AccountCalibration> calibration() {
        Optional<AccountCalibration> c = calibration;
        if (c == null || System.nanoTime() - calibrationReadAt > CALIBRATION_TTL_NANOS) {
            c = calibrations.latest(AccountCalibration.modelId(model()));
            calibration = c;
            calibrationReadAt = System.nanoTime();
        }
        return c;
    }

    /** Forgets the looked-up calibration: a calibration was just stored. */
    void recalibrated() {
        calibration = null;
    }

    /** Whether the model was read (for tests: a command that classifies nothing must not read it). */
    boolean loaded() {
        return model != null;
    }

    @Override
    public AccountVerdict classify(AccountProfile profile) {
        return model().classify(profile);
    }

    @Override
    public Flags flags(AccountProfile profile) {
        return model().flags(profile);
    }

    @Override
    public ErrorRates errorRates() {
        return calibration().map(AccountCalibration::rates).orElseGet(() -> model().errorRates());
    }

    @Override
    public String errorRatesBasis() {
        return calibration().map(AccountCalibration::basis).orElseGet(() -> model().errorRatesBasis());
    }
}
