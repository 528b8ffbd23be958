-- A robot is a Verdict server node that runs processes. It registers itself and heartbeats (last_seen);
-- an administrator may also register it in advance by giving it a licence.
CREATE TABLE robot (
    name                VARCHAR(100) NOT NULL PRIMARY KEY,
    version             VARCHAR(50),
    os                  VARCHAR(200),
    registered_at       ${timestamp} NOT NULL,
    last_seen           ${timestamp},
    licence_key         VARCHAR(100),
    licence_expires_at  ${timestamp},
    licence_assigned_at ${timestamp},
    CONSTRAINT uk_robot_licence UNIQUE (licence_key)
);

-- Why a run is pending is computed from the checklist when it is asked for, never stored.
ALTER TABLE run DROP COLUMN pending_reason;

-- The dispatcher's queue: the PENDING runs of one process, oldest first; and the runs still active per process.
CREATE INDEX ix_run_process_state ON run (process_id, state, id);
