-- The creator catalog: accounts, their posts, their follower history and their computed metrics.
-- One script for both databases: embedded H2 (MODE=PostgreSQL) and PostgreSQL 15. Keep to the SQL both
-- understand: VARCHAR without length, BIGINT identity, TIMESTAMP WITH TIME ZONE, DOUBLE PRECISION.
-- Lists (links, hashtags, mentions) are stored as text, one item per line.

CREATE TABLE creators (
    id                  ${identity},
    platform            VARCHAR(16) NOT NULL,
    handle              VARCHAR(255) NOT NULL,
    platform_id         VARCHAR(255),
    person              VARCHAR(255),
    display_name        VARCHAR,
    biography           VARCHAR,
    country_code        VARCHAR(8),
    language_code       VARCHAR(8),
    followers           BIGINT,
    following           BIGINT,
    media_count         BIGINT,
    total_views         BIGINT,
    total_likes         BIGINT,
    verified            BOOLEAN,
    has_profile_picture BOOLEAN,
    private_account     BOOLEAN,
    links               VARCHAR,
    contact_email       VARCHAR(320),
    category            VARCHAR(255),
    observed_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT creators_platform_handle UNIQUE (platform, handle)
);
CREATE INDEX creators_platform_id ON creators (platform, platform_id);
CREATE INDEX creators_followers ON creators (followers);
CREATE INDEX creators_country ON creators (country_code);
CREATE INDEX creators_language ON creators (language_code);

CREATE TABLE posts (
    id               ${identity},
    creator_id       BIGINT NOT NULL REFERENCES creators (id),
    platform         VARCHAR(16) NOT NULL,
    platform_post_id VARCHAR(255) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    format           VARCHAR(16) NOT NULL,
    caption          VARCHAR,
    hashtags         VARCHAR,
    mentions         VARCHAR,
    likes            BIGINT,
    comments         BIGINT,
    views            BIGINT,
    shares           BIGINT,
    saves            BIGINT,
    sponsored        BOOLEAN NOT NULL,
    url              VARCHAR,
    CONSTRAINT posts_platform_post_id UNIQUE (platform, platform_post_id)
);
CREATE INDEX posts_creator ON posts (creator_id);

CREATE TABLE follower_snapshots (
    creator_id  BIGINT NOT NULL REFERENCES creators (id),
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    followers   BIGINT NOT NULL,
    following   BIGINT,
    media_count BIGINT,
    PRIMARY KEY (creator_id, taken_at)
);

-- One row per creator: its latest CreatorMetrics (see io.microscout.metrics.MetricFormulas).
CREATE TABLE creator_metrics (
    creator_id                      BIGINT PRIMARY KEY REFERENCES creators (id),
    metrics_window                  VARCHAR(255),
    posts_analysed                  INTEGER NOT NULL,
    engagement_rate_mean            DOUBLE PRECISION,
    engagement_rate_median          DOUBLE PRECISION,
    engagement_rate_by_views_mean   DOUBLE PRECISION,
    engagement_rate_by_views_median DOUBLE PRECISION,
    average_likes                   DOUBLE PRECISION,
    median_likes                    DOUBLE PRECISION,
    average_comments                DOUBLE PRECISION,
    median_comments                 DOUBLE PRECISION,
    average_views                   DOUBLE PRECISION,
    median_views                    DOUBLE PRECISION,
    posts_per_week                  DOUBLE PRECISION,
    follower_growth_30d             DOUBLE PRECISION,
    follower_growth_90d             DOUBLE PRECISION,
    engagement_volatility           DOUBLE PRECISION,
    engagement_consistency          DOUBLE PRECISION,
    comment_to_like_ratio           DOUBLE PRECISION,
    sponsored_share                 DOUBLE PRECISION,
    computed_at                     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX creator_metrics_er_mean ON creator_metrics (engagement_rate_mean);
CREATE INDEX creator_metrics_er_median ON creator_metrics (engagement_rate_median);
