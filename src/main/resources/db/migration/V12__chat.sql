-- Chat: one message store for every chat channel (a session's chat, a networking meeting's chat, a
-- private conversation), private conversations, reports, mutes and read markers.
-- Instants are stored as TIMESTAMP in UTC.

-- One conversation per pair of attendees and event: low/high make the pair unique whoever started it.
CREATE TABLE chat_conversation (
    id              BIGINT PRIMARY KEY,
    event_id        BIGINT    NOT NULL REFERENCES event (id),
    low_account_id  BIGINT    NOT NULL REFERENCES account (id),
    high_account_id BIGINT    NOT NULL REFERENCES account (id),
    started_at      TIMESTAMP NOT NULL,
    CONSTRAINT chat_conversation_pair UNIQUE (event_id, low_account_id, high_account_id)
);
CREATE INDEX chat_conversation_low ON chat_conversation (low_account_id);
CREATE INDEX chat_conversation_high ON chat_conversation (high_account_id);

-- channel_kind: SESSION (agenda session id), CONVERSATION (chat_conversation id), MEETING (networking meeting id).
-- A deleted message keeps its row (shown as deleted) with its text cleared.
CREATE TABLE chat_message (
    id           BIGINT PRIMARY KEY,
    event_id     BIGINT        NOT NULL REFERENCES event (id),
    channel_kind VARCHAR(20)   NOT NULL,
    channel_id   BIGINT        NOT NULL,
    sender_id    BIGINT        NOT NULL REFERENCES account (id),
    body         VARCHAR(2000) NOT NULL,
    sent_at      TIMESTAMP     NOT NULL,
    edited_at    TIMESTAMP,
    deleted_at   TIMESTAMP,
    deleted_by   BIGINT REFERENCES account (id)
);
CREATE INDEX chat_message_channel ON chat_message (channel_kind, channel_id, id);

CREATE TABLE chat_report (
    id          BIGINT PRIMARY KEY,
    event_id    BIGINT        NOT NULL REFERENCES event (id),
    message_id  BIGINT        NOT NULL REFERENCES chat_message (id) ON DELETE CASCADE,
    reporter_id BIGINT        NOT NULL REFERENCES account (id),
    reason      VARCHAR(1000) NOT NULL,
    reported_at TIMESTAMP     NOT NULL,
    CONSTRAINT chat_report_once UNIQUE (message_id, reporter_id)
);
CREATE INDEX chat_report_event ON chat_report (event_id, reported_at);

-- A person muted in one session's chat until a time.
CREATE TABLE chat_mute (
    id           BIGINT PRIMARY KEY,
    event_id     BIGINT      NOT NULL REFERENCES event (id),
    channel_kind VARCHAR(20) NOT NULL,
    channel_id   BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    muted_by     BIGINT      NOT NULL REFERENCES account (id),
    muted_until  TIMESTAMP   NOT NULL,
    CONSTRAINT chat_mute_once UNIQUE (channel_kind, channel_id, account_id)
);

-- The newest message of a conversation a party has read: unread = that party's newer messages from the other.
CREATE TABLE chat_read_marker (
    id              BIGINT PRIMARY KEY,
    conversation_id BIGINT NOT NULL REFERENCES chat_conversation (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id),
    last_read_id    BIGINT NOT NULL,
    CONSTRAINT chat_read_marker_once UNIQUE (conversation_id, account_id)
);
