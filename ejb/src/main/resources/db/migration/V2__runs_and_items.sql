-- Process settings: how a record is retried and how many records a chunk commits.
ALTER TABLE process ADD COLUMN backoff_ms INT DEFAULT 500 NOT NULL;
ALTER TABLE process ADD COLUMN chunk_size INT DEFAULT 50 NOT NULL;

-- Handler settings an administrator changed (portal URL, timeouts, templates); the job XML holds the defaults.
CREATE TABLE process_setting (
    process_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    setting    VARCHAR(2000),
    PRIMARY KEY (process_id, name),
    CONSTRAINT fk_setting_process FOREIGN KEY (process_id) REFERENCES process (id) ON DELETE CASCADE
);

-- One execution of a process. Numbered 1, 2, 3... per process.
CREATE TABLE run (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id        BIGINT       NOT NULL,
    number            INT          NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    trigger_type      VARCHAR(20)  NOT NULL,
    run_by            VARCHAR(100) NOT NULL,
    dry_run           BOOLEAN      NOT NULL,
    parent_run_id     BIGINT,
    columns_list      ${text},
    created_at        ${timestamp} NOT NULL,
    started_at        ${timestamp},
    ended_at          ${timestamp},
    robot             VARCHAR(100),
    pending_reason    VARCHAR(500),
    job_execution_id  BIGINT,
    stop_mode         VARCHAR(20),
    stop_pending      VARCHAR(20),
    stopped_by        VARCHAR(100),
    total             INT          NOT NULL,
    CONSTRAINT uk_run_number UNIQUE (process_id, number),
    CONSTRAINT fk_run_process FOREIGN KEY (process_id) REFERENCES process (id),
    CONSTRAINT fk_run_parent FOREIGN KEY (parent_run_id) REFERENCES run (id)
);
CREATE INDEX ix_run_state ON run (state, id);

-- One input record of a run and what became of it.
CREATE TABLE work_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id           BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    business_key     VARCHAR(200),
    key_seen_before  BOOLEAN       NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    result           VARCHAR(10),
    reason_code      VARCHAR(30),
    reason           VARCHAR(2000),
    suggested_action VARCHAR(500),
    attempts         INT           NOT NULL,
    payload          ${text}       NOT NULL,
    output           VARCHAR(2000),
    origin_item_id   BIGINT,
    resolution       VARCHAR(20),
    resolution_note  VARCHAR(2000),
    resolved_by      VARCHAR(100),
    resolved_at      ${timestamp},
    ended_at         ${timestamp},
    CONSTRAINT fk_item_run FOREIGN KEY (run_id) REFERENCES run (id),
    CONSTRAINT fk_item_origin FOREIGN KEY (origin_item_id) REFERENCES work_item (id)
);
CREATE INDEX ix_item_run_state ON work_item (run_id, state, id);
CREATE INDEX ix_item_run_result ON work_item (run_id, result, id);

-- Who did what, when.
CREATE TABLE audit_entry (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at       ${timestamp}  NOT NULL,
    username VARCHAR(100)  NOT NULL,
    action   VARCHAR(50)   NOT NULL,
    target   VARCHAR(200)  NOT NULL,
    detail   VARCHAR(2000)
);
