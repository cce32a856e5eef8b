-- Snapshots kept by source. A snapshot of a large register no longer writes the whole register again: its row in
-- snapshots holds the register's own part (the register without its sources, compact canonical JSON compressed
-- with gzip, in register_gzip) and, in sources, the ids of its sources in order; snapshot_sources holds a source
-- at the versions where it was written, and a snapshot writes only the sources changed since the snapshot before
-- it. Loading takes each listed source from its latest row at or below the snapshot's version. A new register's
-- baseline is also kept by source at version 0, so that its first snapshot is a small one too. Rows of
-- snapshots written before (sources NULL) hold the whole register and are read as before.

ALTER TABLE snapshots ADD COLUMN sources TEXT[];
ALTER TABLE snapshots ADD CONSTRAINT snapshots_by_source_have_own_part CHECK (sources IS NULL OR register_gzip IS NOT NULL);

CREATE TABLE snapshot_sources (
    register_id TEXT   NOT NULL REFERENCES registers (id),
    source_id   TEXT   NOT NULL,
    version     BIGINT NOT NULL CHECK (version >= 0),
    source_gzip BYTEA  NOT NULL,
    CONSTRAINT snapshot_sources_register_source_version PRIMARY KEY (register_id, source_id, version)
);

ALTER TABLE snapshot_sources ALTER COLUMN source_gzip SET STORAGE EXTERNAL;
