-- Every stale mark (V40) carries the generation of the transaction that made it, from a counter that each marking
-- transaction increments (the row lock orders them by commit on PostgreSQL; SQLite has one writer). A process that
-- repairs marked creators reads the counter before it reads their rows, and clears only marks of that generation
-- or older: a mark another import makes while the repair runs survives it. Portable between SQLite, H2 and
-- PostgreSQL 15.

ALTER TABLE stale_creators ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;

CREATE TABLE stale_mark_counter (
    id          INT     NOT NULL PRIMARY KEY,
    generation  BIGINT  NOT NULL
);

INSERT INTO stale_mark_counter (id, generation) VALUES (1, 0);
