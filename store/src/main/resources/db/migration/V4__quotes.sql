-- Quotes creators gave (port io.microscout.pricing.Quotes): one row per recorded quote, never updated; the
-- latest recorded (and still valid) quote per creator and deliverable overrides the rate-card estimate.
-- Creators are named by platform id and normalised handle, as io.microscout.creator.CreatorKey.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE quotes (
    id           ${identity},
    platform     VARCHAR(16)  NOT NULL,
    handle       VARCHAR(255) NOT NULL,
    deliverable  VARCHAR(32)  NOT NULL,
    amount_usd   DOUBLE PRECISION NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  DATE,
    note         VARCHAR(1000)
);
CREATE INDEX quotes_by_creator ON quotes (platform, handle, deliverable, recorded_at);
