-- Partitions (issue 8): a process's records may be worked by up to 8 partitions of its run at once, each over its own
-- range of item ids. 1 is the sequential run every process had so far.
ALTER TABLE process ADD COLUMN partitions INT DEFAULT 1 NOT NULL;
-- Every page of a run's items is read in id order within the run: with this index MariaDB reads exactly the page,
-- instead of walking the primary key through the items of older runs to reach the run's first one.
CREATE INDEX ix_item_run_id ON work_item (run_id, id);
