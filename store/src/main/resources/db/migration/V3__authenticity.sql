-- The latest authenticity score of each creator (io.microscout.authenticity.CatalogAuthenticity), recomputed
-- when its data changes, so that listings can filter on it in SQL. Creators are named by platform id and
-- normalised handle, as in V2. score is NULL when the state is 'not enough data'. Portable between H2
-- (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE creator_authenticity (
    platform        VARCHAR(16)   NOT NULL,
    handle          VARCHAR(255)  NOT NULL,
    score           INTEGER,
    state           VARCHAR(20)   NOT NULL,
    confidence      VARCHAR(10)   NOT NULL,
    covered_weight  DOUBLE PRECISION NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, handle)
);
CREATE INDEX creator_authenticity_by_score ON creator_authenticity (score);
