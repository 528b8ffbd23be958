-- A run's item counts as they were when it ended, and after each resolution since (issue 8): the console and the API
-- show them without counting a run of millions of items again at every look. NULL while the run has not ended, and for
-- runs that ended before this migration: those are counted when asked.
ALTER TABLE run ADD COLUMN ok_count INT;
ALTER TABLE run ADD COLUMN ko_count INT;
ALTER TABLE run ADD COLUMN error_count INT;
ALTER TABLE run ADD COLUMN pending_count INT;
ALTER TABLE run ADD COLUMN done_count INT;
ALTER TABLE run ADD COLUMN unresolved_count INT;
