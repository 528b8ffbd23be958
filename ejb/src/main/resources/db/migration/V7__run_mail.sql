-- Summary e-mails (issue 7). A user may give an address, so that the runs they start are reported to them.
ALTER TABLE verdict_user ADD COLUMN email VARCHAR(254);

-- The summary e-mail of an ended run: written in the transaction that ends the run, so none is lost, then sent by
-- the mail outbox, which retries with a growing delay while the SMTP server cannot take it.
CREATE TABLE run_mail (
    run_id          BIGINT        NOT NULL PRIMARY KEY,
    recipients      ${text}       NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at ${timestamp},
    sent_at         ${timestamp},
    last_error      VARCHAR(1000),
    CONSTRAINT fk_mail_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE CASCADE
);
CREATE INDEX ix_run_mail_due ON run_mail (state, next_attempt_at);
