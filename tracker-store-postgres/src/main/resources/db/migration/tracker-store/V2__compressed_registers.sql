-- Registers kept whole (baselines and snapshots) move from TEXT, which PostgreSQL compresses with pglz and
-- sends as text, to BYTEA holding the register's compact canonical JSON compressed by the store with gzip:
-- a tenth of the bytes to keep, write to the WAL and send, read straight into the JSON parser. The column is
-- stored EXTERNAL, so PostgreSQL does not try to compress it again. Rows written before keep their TEXT and are
-- read as before; each row holds one form or the other.

ALTER TABLE registers ALTER COLUMN baseline DROP NOT NULL;
ALTER TABLE registers ADD COLUMN baseline_gzip BYTEA;
ALTER TABLE registers ALTER COLUMN baseline_gzip SET STORAGE EXTERNAL;
ALTER TABLE registers ADD CONSTRAINT registers_one_baseline CHECK ((baseline IS NULL) <> (baseline_gzip IS NULL));

ALTER TABLE snapshots ALTER COLUMN register DROP NOT NULL;
ALTER TABLE snapshots ADD COLUMN register_gzip BYTEA;
ALTER TABLE snapshots ALTER COLUMN register_gzip SET STORAGE EXTERNAL;
ALTER TABLE snapshots ADD CONSTRAINT snapshots_one_register CHECK ((register IS NULL) <> (register_gzip IS NULL));
