-- Where a creator came from when that matters to the user: 'demo' marks the creators `microscout demo`
-- generated, so that listings and exports can say so, real imports warn before mixing with them, and
-- `catalog remove --source demo` can take them out again. Creators are named by platform id and normalised
-- handle, as io.microscout.creator.CreatorKey. Portable between SQLite, H2 and PostgreSQL 15.

CREATE TABLE creator_origins (
    platform  VARCHAR(16)  NOT NULL,
    handle    VARCHAR(255) NOT NULL,
    origin    VARCHAR(32)  NOT NULL,
    PRIMARY KEY (platform, handle, origin)
);
CREATE INDEX creator_origins_by_origin ON creator_origins (origin);
