-- The fake-account classifier's error rates measured on a user's own labelled accounts (`authenticity calibrate`,
-- io.microscout.authenticity.AccountCalibration): counts only, no account is kept. The newest row measured with
-- the model in use corrects every audience estimate of the installation. Portable between SQLite, H2
-- (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE account_calibrations (
    id             ${identity},
    sample         VARCHAR(1000) NOT NULL,
    model          VARCHAR(64)   NOT NULL,
    fakes          INT           NOT NULL,
    fakes_flagged  INT           NOT NULL,
    reals          INT           NOT NULL,
    reals_flagged  INT           NOT NULL,
    measured_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_calibrations_by_model ON account_calibrations (model, measured_at);
