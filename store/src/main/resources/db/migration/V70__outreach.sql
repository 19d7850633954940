-- Outreach (io.microscout.outreach, docs/outreach.md): a workspace's pipeline of creators, each move kept as made,
-- opt-outs, message templates, mail settings (never the SMTP password: only where to read it), the log of sent
-- messages (for the daily limit) and the acceptance likelihoods estimated (for calibration and learning).
-- Every row carries its workspace: a server workspace's id, or 0 for the home's own outreach (the CLI without
-- --workspace, as the CLI's plans are the home's own), so there is no foreign key to workspaces. Portable SQL.

CREATE TABLE outreach_entries (
    workspace_id    BIGINT NOT NULL,
    platform        VARCHAR(16) NOT NULL,
    handle          VARCHAR(255) NOT NULL,
    added_seq       BIGINT NOT NULL,
    name            VARCHAR(255) NOT NULL,
    stage           VARCHAR(16) NOT NULL,
    decline_reason  VARCHAR(16),
    deliverable     VARCHAR(32),
    price           DOUBLE PRECISION,
    source          VARCHAR(255) NOT NULL,
    why             TEXT,
    email           VARCHAR(320),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, platform, handle)
);

CREATE TABLE outreach_moves (
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    seq           INTEGER NOT NULL,
    from_stage    VARCHAR(16),
    to_stage      VARCHAR(16) NOT NULL,
    reason        VARCHAR(16),
    deliverable   VARCHAR(32),
    price         DOUBLE PRECISION,
    author        VARCHAR(255) NOT NULL,
    note          TEXT NOT NULL,
    moved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, platform, handle, seq)
);

CREATE TABLE outreach_opt_outs (
    workspace_id   BIGINT NOT NULL,
    platform       VARCHAR(16) NOT NULL,
    handle         VARCHAR(255) NOT NULL,
    note           TEXT NOT NULL,
    opted_out_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, platform, handle)
);

CREATE TABLE outreach_templates (
    workspace_id  BIGINT NOT NULL,
    name          VARCHAR(100) NOT NULL,
    subject       VARCHAR(1000) NOT NULL,
    body          TEXT NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, name)
);

-- password_from: env:VARIABLE or file:PATH, read when sending; the password itself is never stored.
CREATE TABLE outreach_mail_settings (
    workspace_id   BIGINT PRIMARY KEY,
    host           VARCHAR(255) NOT NULL,
    port           INTEGER NOT NULL,
    tls            VARCHAR(16) NOT NULL,
    smtp_user      VARCHAR(255),
    password_from  VARCHAR(1000) NOT NULL,
    from_address   VARCHAR(320) NOT NULL,
    sender_name    VARCHAR(255) NOT NULL,
    daily_limit    INTEGER NOT NULL
);

CREATE TABLE outreach_sent (
    id            BIGINT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    subject       VARCHAR(1000) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outreach_sent_by_day ON outreach_sent (workspace_id, sent_at);

-- evidence: one line per signal, "SIGNAL<TAB>value<TAB>reason".
CREATE TABLE outreach_predictions (
    id            BIGINT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    probability   DOUBLE PRECISION NOT NULL,
    evidence      TEXT NOT NULL,
    predicted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outreach_predictions_by_creator ON outreach_predictions (workspace_id, platform, handle);
