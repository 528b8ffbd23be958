-- work_item's foreign key to run made MariaDB check the run, under a shared lock held until commit, each time a
-- record's state changed: InnoDB checks the key through the first index on run_id, ix_item_run_state, whose entry moves
-- with the state. A robot's lease, which locks its run while it counts and takes records (so that no more than
-- maxLeases are out), then waited for every answer and every write of the run's other records, and they for it: with
-- eight robots the protocol ran one call at a time (measured in RobotProtocolBenchmark). A run's records are created
-- with it and deleted before it by the run feature alone (RunIntake, PurgeBatches); the run's id keeps its index.
ALTER TABLE work_item DROP CONSTRAINT fk_item_run;
