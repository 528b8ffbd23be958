-- E-mail trigger (issue 7): the IMAP folder a process watches; a message there with an .xlsx or .csv starts a run.
ALTER TABLE process ADD COLUMN mail_folder VARCHAR(200);
ALTER TABLE process ADD CONSTRAINT uk_process_mail_folder UNIQUE (mail_folder);

-- Every message taken from a watched folder, by its IMAP identity (folder, UIDVALIDITY, UID): a message is handled
-- once, even when two nodes read the folder at the same time or the server stops before the message is deleted.
CREATE TABLE mail_trigger (
    message_key VARCHAR(300)  NOT NULL PRIMARY KEY,
    process_id  BIGINT        NOT NULL,
    sender      VARCHAR(254),
    subject     VARCHAR(500),
    received_at ${timestamp}  NOT NULL,
    run_id      BIGINT,
    refusal     VARCHAR(2000),
    CONSTRAINT fk_mail_trigger_process FOREIGN KEY (process_id) REFERENCES process (id),
    CONSTRAINT fk_mail_trigger_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL
);
