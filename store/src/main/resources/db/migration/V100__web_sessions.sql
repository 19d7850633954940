-- Signed-in browsers of the server (`microscout serve`), kept in the database so that any app node behind a
-- proxy knows a session another node started (docs/deployment.md). Only the SHA-256 of the session id is kept
-- (the id is 256 random bits, sent as a cookie). last_seen_ms: epoch milliseconds of the last request (idle
-- expiry). Portable SQL (H2, SQLite, PostgreSQL).
CREATE TABLE web_sessions (
    id_hash       VARCHAR(64) PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    csrf          VARCHAR(64) NOT NULL,
    last_seen_ms  BIGINT NOT NULL
);

CREATE INDEX web_sessions_last_seen ON web_sessions (last_seen_ms);
