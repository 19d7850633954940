-- Saved plans (port io.microscout.planning.Plans): a named shortlist with the assumptions it was made under,
-- its selections (read back by outreach and campaigns), its totals, and the full plan JSON as printed by
-- plan --json. Saving under an existing name replaces the plan. Portable between H2 (MODE=PostgreSQL) and
-- PostgreSQL 15. Bounds that are not finite (CPA with no likely conversion) are stored as Infinity.

CREATE TABLE plans (
    name             VARCHAR(100) PRIMARY KEY,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    brief_name       VARCHAR(255) NOT NULL,
    budget           DOUBLE PRECISION NOT NULL,
    objective        VARCHAR(16)  NOT NULL,
    rate_card        VARCHAR(1000) NOT NULL,
    seed             BIGINT NOT NULL,
    candidates_from  VARCHAR(1000) NOT NULL,
    synthetic        BOOLEAN NOT NULL,
    cost             DOUBLE PRECISION NOT NULL,
    assumptions      VARCHAR,
    document         VARCHAR
);

CREATE TABLE plan_selections (
    plan_name    VARCHAR(100) NOT NULL REFERENCES plans (name) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    handle       VARCHAR(255) NOT NULL,
    deliverable  VARCHAR(32)  NOT NULL,
    price        DOUBLE PRECISION NOT NULL,
    price_basis  VARCHAR(16)  NOT NULL,
    reason       VARCHAR,
    PRIMARY KEY (plan_name, seq)
);

CREATE TABLE plan_totals (
    plan_name  VARCHAR(100) NOT NULL REFERENCES plans (name) ON DELETE CASCADE,
    figure     VARCHAR(32) NOT NULL,
    p10        DOUBLE PRECISION,
    p50        DOUBLE PRECISION,
    p90        DOUBLE PRECISION,
    PRIMARY KEY (plan_name, figure)
);
