-- The register store's schema. A register is its baseline (canonical JSON, written once) and the changes recorded
-- to it, one row each, numbered 1, 2, 3 ... by the version each makes; registers.version is the latest, and an
-- append locks the register's row while it checks and inserts. Snapshots hold the canonical register at every
-- N-th version, so that loading replays at most N - 1 changes.

CREATE TABLE registers (
    id          TEXT        NOT NULL PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0 CHECK (version >= 0),
    baseline    TEXT        NOT NULL
);

CREATE TABLE changes (
    register_id TEXT        NOT NULL REFERENCES registers (id),
    version     BIGINT      NOT NULL CHECK (version >= 1),
    change_id   TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    subject     TEXT,
    payload     JSONB       NOT NULL,
    CONSTRAINT changes_register_version UNIQUE (register_id, version),
    CONSTRAINT changes_register_change_id UNIQUE (register_id, change_id)
);

CREATE INDEX changes_by_subject ON changes (register_id, subject, version);
CREATE INDEX changes_by_recorded_at ON changes (register_id, recorded_at);

CREATE TABLE snapshots (
    register_id TEXT   NOT NULL REFERENCES registers (id),
    version     BIGINT NOT NULL CHECK (version >= 1),
    register    TEXT   NOT NULL,
    CONSTRAINT snapshots_register_version PRIMARY KEY (register_id, version)
);
