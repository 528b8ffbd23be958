-- A run's lease gate (issue 17): the row a robot's lease locks, once it has taken its records, to count what the run's
-- robots hold and give back what would exceed maxLeases. Until now a lease locked its run while it read, took and
-- counted, so that robots leased one at a time (eight robots leasing 50 records a call waited 220 ms for their turn at
-- the median, in RobotProtocolBenchmark); a lease now locks its run shared, which still keeps a stop and the end of
-- the run's job from passing it, and is alone only at its gate. A run's gate is opened as it is created.
CREATE TABLE lease_gate (
    run_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_gate_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE CASCADE
);
INSERT INTO lease_gate (run_id) SELECT id FROM run WHERE state IN ('PENDING', 'RUNNING', 'STOPPING');
