-- Placeholders (set by DatabaseMigration per database): ${timestamp}, ${text}.

CREATE TABLE verdict_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    created_at    ${timestamp} NOT NULL
);

-- One row per role a user holds, including the implied ones (an admin also holds operator and viewer);
-- WildFly's VerdictRealm reads roles from here.
CREATE TABLE verdict_user_role (
    username VARCHAR(100) NOT NULL,
    role     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES verdict_user (username) ON DELETE CASCADE
);

-- A process is a Jakarta Batch job of the batch-jobs module plus the settings an administrator may change.
CREATE TABLE process (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    description       VARCHAR(500),
    robot             VARCHAR(100),
    max_attempts      INT          NOT NULL,
    min_robot_version VARCHAR(50),
    concurrent_runs   BOOLEAN      NOT NULL,
    recipients        ${text},
    registered_at     ${timestamp} NOT NULL,
    CONSTRAINT uk_process_name UNIQUE (name)
);
