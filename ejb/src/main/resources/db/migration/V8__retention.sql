-- Retention (issue 7): a process's ended runs, with their items, are purged this many days after they ended.
ALTER TABLE process ADD COLUMN retention_days INT DEFAULT 180 NOT NULL;
