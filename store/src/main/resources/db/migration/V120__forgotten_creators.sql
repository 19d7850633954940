-- Creators forgotten on request (microscout forget; GDPR art. 17). Only a SHA-256 of the creator's key
-- ("platform:handle", see ForgottenKeys) is kept, so a later import can recognise and skip the creator without the
-- home keeping their handle. Portable between SQLite, H2 and PostgreSQL 15.

CREATE TABLE forgotten_creators (
    key_hash      VARCHAR(64) PRIMARY KEY,
    forgotten_at  TIMESTAMP   NOT NULL
);
