-- The sessions each attendee keeps on "My agenda" (myagenda), once each; gone with the session or the account.
CREATE TABLE kept_session (
    id         BIGINT    PRIMARY KEY,
    account_id BIGINT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    session_id BIGINT    NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    kept_at    TIMESTAMP NOT NULL,
    CONSTRAINT kept_session_once UNIQUE (account_id, session_id)
);
CREATE INDEX kept_session_session ON kept_session (session_id);

-- An attendee's subscribable calendar of "My agenda" for one event (calendar): only the SHA-256 of its
-- secret token is stored; revoking deletes the row, a new link replaces the old one.
CREATE TABLE calendar_feed (
    id         BIGINT      PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    event_id   BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    CONSTRAINT calendar_feed_once UNIQUE (account_id, event_id),
    CONSTRAINT calendar_feed_token UNIQUE (token_hash)
);
