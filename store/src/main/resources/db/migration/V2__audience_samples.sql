-- Follower samples of creators (port io.microscout.authenticity.AudienceSamples) and comments under their
-- posts (port io.microscout.authenticity.PostComments). Creators are named by platform id ('instagram',
-- 'youtube', 'tiktok') and normalised handle, as io.microscout.creator.CreatorKey. Portable between H2
-- (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE audience_samples (
    id          ${identity},
    platform    VARCHAR(16)   NOT NULL,
    handle      VARCHAR(255)  NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(1000),
    accounts    INTEGER       NOT NULL
);
CREATE INDEX audience_samples_by_creator ON audience_samples (platform, handle, taken_at);

-- One row per sampled follower; NULL = unknown (the classifier then scores without that input).
CREATE TABLE audience_sample_accounts (
    sample_id             BIGINT  NOT NULL REFERENCES audience_samples (id) ON DELETE CASCADE,
    seq                   INTEGER NOT NULL,
    username              VARCHAR(255),
    followers             BIGINT,
    following             BIGINT,
    media_count           BIGINT,
    biography_length      INTEGER,
    has_profile_picture   BOOLEAN,
    private_account       BOOLEAN,
    username_length       INTEGER,
    username_digit_count  INTEGER,
    PRIMARY KEY (sample_id, seq)
);

CREATE TABLE post_comments (
    id                ${identity},
    platform          VARCHAR(16)   NOT NULL,
    handle            VARCHAR(255)  NOT NULL,
    platform_post_id  VARCHAR(255),
    author            VARCHAR(255),
    comment_text      VARCHAR(10000) NOT NULL
);
CREATE INDEX post_comments_by_creator ON post_comments (platform, handle);
