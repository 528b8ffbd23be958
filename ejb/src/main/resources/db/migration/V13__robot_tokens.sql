-- Robot tokens (issue 17): a token of role ROBOT is bound to one robot name, and acts for that robot only.
ALTER TABLE api_token ADD COLUMN robot VARCHAR(100);
-- An external robot (a program that heartbeats over the API) rather than a Verdict server node, and what it says it
-- can work, one process name per line (its heartbeat's capabilities).
ALTER TABLE robot ADD COLUMN external BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE robot ADD COLUMN capabilities ${text};
