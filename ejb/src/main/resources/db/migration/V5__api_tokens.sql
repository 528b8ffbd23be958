-- Bearer tokens for the API (issue 7). Only the SHA-256 of a token is kept: the token itself is shown once, when it is
-- made. A token is 256 random bits, so a fast hash is enough; its hash is unique and found by index on every call.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   ${timestamp} NOT NULL,
    last_used_at ${timestamp},
    CONSTRAINT uk_api_token_name UNIQUE (name),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
