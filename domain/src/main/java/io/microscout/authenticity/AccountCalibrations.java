package io.microscout.authenticity;

import java.util.Optional;

/** Where calibrations of the account classifier are kept (port; the store implements it). */
public interface AccountCalibrations {
    void save(AccountCalibration calibration);

    /** The newest calibration measured with this model ({@link AccountCalibration#modelId}), if any. */
    Optional<AccountCalibration> latest(String model);
}
