-- Named secrets (issue 7), such as a portal password a process's handler needs. The value is kept only encrypted
-- (AES-256-GCM, bound to the secret's name) with a key that is never in the database: VERDICT_SECRET_KEY, or the
-- key file Verdict generates in its data directory.
CREATE TABLE secret (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    scope      VARCHAR(100),
    ciphertext ${text}      NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at ${timestamp} NOT NULL,
    updated_at ${timestamp} NOT NULL
);
