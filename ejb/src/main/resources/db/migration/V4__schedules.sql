-- When a process runs by itself: a time of day in GMT on some days, except on dated exclusions. The rule is backed by
-- a persistent EJB calendar timer; revision numbers the rule's versions, so a timer of an older version is recognised.
CREATE TABLE schedule (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_id      BIGINT       NOT NULL,
    hour_gmt        INT          NOT NULL,
    minute_gmt      INT          NOT NULL,
    days_of_week    VARCHAR(30)  NOT NULL,
    day_of_month    INT,
    exclusions      ${text},
    active          BOOLEAN      NOT NULL,
    robot           VARCHAR(100),
    misfire         VARCHAR(20)  NOT NULL,
    revision        INT          NOT NULL,
    accounted_until ${timestamp} NOT NULL,
    created_at      ${timestamp} NOT NULL,
    CONSTRAINT fk_schedule_process FOREIGN KEY (process_id) REFERENCES process (id)
);

-- The ledger: every due time of a schedule and what became of it (FIRED, MISSED or EXCLUDED).
CREATE TABLE schedule_firing (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    schedule_id BIGINT        NOT NULL,
    due_at      ${timestamp}  NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    run_id      BIGINT,
    reason      VARCHAR(2000),
    recorded_at ${timestamp}  NOT NULL,
    CONSTRAINT uk_firing_due UNIQUE (schedule_id, due_at),
    CONSTRAINT fk_firing_schedule FOREIGN KEY (schedule_id) REFERENCES schedule (id) ON DELETE CASCADE,
    CONSTRAINT fk_firing_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL
);

-- A schedule's run: the schedule that started it (it waits while that schedule is paused), and the robot it asks for.
ALTER TABLE run ADD COLUMN schedule_id BIGINT;
ALTER TABLE run ADD COLUMN assigned_robot VARCHAR(100);
ALTER TABLE run ADD CONSTRAINT fk_run_schedule FOREIGN KEY (schedule_id) REFERENCES schedule (id) ON DELETE SET NULL;
