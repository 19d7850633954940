-- Users and workspaces of the server (`microscout serve`, docs/server.md). The creator catalog is shared by the
-- installation; briefs, plans, quotes and notes belong to one workspace. Rows the CLI writes keep workspace_id
-- NULL: they belong to the home itself and are never shown inside a workspace. Portable SQL (H2, SQLite,
-- PostgreSQL): plain types, no engine-specific syntax.

CREATE TABLE users (
    id             BIGINT PRIMARY KEY,
    email          VARCHAR(255) NOT NULL UNIQUE,
    password_hash  VARCHAR(255) NOT NULL,
    created_at     TIMESTAMP NOT NULL
);

CREATE TABLE workspaces (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

-- role: owner, editor or viewer
CREATE TABLE memberships (
    workspace_id  BIGINT NOT NULL REFERENCES workspaces (id),
    user_id       BIGINT NOT NULL REFERENCES users (id),
    role          VARCHAR(16) NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);

-- Personal API tokens: only the SHA-256 of the token is kept (the token itself is shown once, at creation).
CREATE TABLE api_tokens (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);

CREATE TABLE briefs (
    id            BIGINT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspaces (id),
    name          VARCHAR(100) NOT NULL,
    document      TEXT NOT NULL,
    saved_at      TIMESTAMP NOT NULL
);
CREATE INDEX briefs_by_workspace ON briefs (workspace_id, name);

CREATE TABLE creator_notes (
    id            BIGINT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspaces (id),
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    author_id     BIGINT NOT NULL REFERENCES users (id),
    body          TEXT NOT NULL,
    written_at    TIMESTAMP NOT NULL
);
CREATE INDEX creator_notes_by_creator ON creator_notes (workspace_id, platform, handle);

-- Workspace ownership of the planning tables of V4 and V5 (NULL: written by the CLI for the home).
ALTER TABLE quotes ADD COLUMN workspace_id BIGINT;
ALTER TABLE plans ADD COLUMN workspace_id BIGINT;
