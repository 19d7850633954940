-- Platform connectors (`microscout fetch`, docs/connectors.md). workspace_id 0 is the home itself (the CLI
-- without --workspace); other ids are workspaces of V60. Portable SQL (H2, SQLite, PostgreSQL).

-- One credential per workspace and platform. secret is AES-GCM ciphertext (io.microscout.store.secrets), never
-- the token in clear; account is the non-secret account the token acts as (the Instagram business account id).
CREATE TABLE connector_credentials (
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    account       VARCHAR(255),
    secret        TEXT NOT NULL,
    key_id        VARCHAR(16) NOT NULL,
    set_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (workspace_id, platform)
);

-- Where the fetch of one creator stands: its state (the connector's JSON: phase, paging cursor, page number,
-- raw folder) while a fetch runs, and after one finished the marker a refresh starts from (newest post seen).
CREATE TABLE fetch_cursors (
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    state         TEXT,
    finished      TEXT,
    updated_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (workspace_id, platform, handle)
);

-- Quota spent per credential (key_id: a digest of the secret, not the secret) per platform day.
CREATE TABLE connector_quota (
    platform  VARCHAR(16) NOT NULL,
    key_id    VARCHAR(16) NOT NULL,
    quota_day VARCHAR(10) NOT NULL,
    units     BIGINT NOT NULL,
    PRIMARY KEY (platform, key_id, quota_day)
);

CREATE TABLE watched_creators (
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    added_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (workspace_id, platform, handle)
);

-- The refresh schedule of a workspace: every_minutes (60 hourly, 1440 daily); next_at the next due time.
CREATE TABLE refresh_schedules (
    workspace_id   BIGINT PRIMARY KEY,
    every_minutes  INTEGER NOT NULL,
    next_at        TIMESTAMP NOT NULL
);

-- status: running, done, stopped (quota, credentials), failed
CREATE TABLE refresh_runs (
    id              BIGINT PRIMARY KEY,
    workspace_id    BIGINT NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    status          VARCHAR(16) NOT NULL,
    creators_total  INTEGER NOT NULL,
    creators_done   INTEGER NOT NULL,
    calls           INTEGER NOT NULL,
    message         TEXT
);
CREATE INDEX refresh_runs_by_workspace ON refresh_runs (workspace_id, started_at);
