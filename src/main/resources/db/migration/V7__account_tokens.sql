-- Single-use links mailed to an account's owner (password reset, e-mail verification, set your password).
-- Only a SHA-256 of the token is stored: a copy of the database does not hold usable links.
CREATE TABLE account_token (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT account_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- Accounts from before this version count as verified; new registrations start unverified.
ALTER TABLE account ADD COLUMN email_verified BOOLEAN DEFAULT TRUE NOT NULL;
