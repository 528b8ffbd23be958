-- The robot protocol (issue 17): external robots lease a run's records over HTTP and answer each lease with a result.
-- How long a lease lasts unless its robot extends it, and how many records of one run may be leased at once.
ALTER TABLE process ADD COLUMN lease_seconds INT DEFAULT 120 NOT NULL;
ALTER TABLE process ADD COLUMN max_leases INT DEFAULT 8 NOT NULL;
-- The robot that worked the record last, the lease it holds or answered, and when an ERROR may be retried.
ALTER TABLE work_item ADD COLUMN robot VARCHAR(100);
ALTER TABLE work_item ADD COLUMN lease_id VARCHAR(36);
ALTER TABLE work_item ADD COLUMN not_before ${timestamp};
-- One lease of one record to one robot: LEASED until it is answered, released, revoked by a stop or expires; the
-- answer waits here until the run's batch job writes it as the record's result. Ended leases stay, so that a late call
-- is told what became of its lease; they go with their run.
CREATE TABLE work_lease (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    item_id          BIGINT        NOT NULL,
    run_id           BIGINT        NOT NULL,
    robot            VARCHAR(100)  NOT NULL,
    attempt          INT           NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    created_at       ${timestamp}  NOT NULL,
    expires_at       ${timestamp}  NOT NULL,
    result           VARCHAR(10),
    reason_code      VARCHAR(30),
    reason           VARCHAR(2000),
    suggested_action VARCHAR(500),
    output           VARCHAR(2000),
    started          BOOLEAN
);
CREATE INDEX ix_lease_expiry ON work_lease (state, expires_at);
CREATE INDEX ix_lease_run ON work_lease (run_id);
CREATE INDEX ix_lease_item ON work_lease (item_id);
CREATE INDEX ix_lease_robot ON work_lease (robot, state);
