-- Processes declared at run time (issue 17): a declared process runs its template's job (http-per-record, ...) with
-- its own columns and key column; a shipped process (template NULL) runs the job XML of its own name. A retired
-- process (active false) takes no new runs and keeps its history.
ALTER TABLE process ADD COLUMN template VARCHAR(60);
ALTER TABLE process ADD COLUMN declared_columns ${text};
ALTER TABLE process ADD COLUMN key_column VARCHAR(100);
ALTER TABLE process ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
