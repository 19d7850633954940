-- The claim of the first owner of a server (`microscout serve` on an empty database): one row at most, key 'owner'.
-- The first start inserts it in the same transaction as the owner's user, workspace and membership, so two nodes
-- starting at once on one empty PostgreSQL make one owner: the second insert waits for the first transaction and
-- then fails on the key, and that node goes on without creating anyone. Portable between SQLite, H2 and
-- PostgreSQL 15.

CREATE TABLE first_owner (
    claim       VARCHAR(16) PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    created_at  TIMESTAMP   NOT NULL
);
