-- Failed logins per key ("account:<e-mail>", "address:<client address>"), shared by every node so
-- that several nodes give an attacker no more tries than one (account.control.LoginFailures).
-- Instants are TIMESTAMP in UTC.
CREATE TABLE login_failure (
    throttle_key  VARCHAR(320) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_at       TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP
);
CREATE INDEX login_failure_last_at ON login_failure (last_at);
