-- Networking: per-session rules, the meetings (1:1 matches), connections, blocks and reports.
-- Instants are stored as TIMESTAMP in UTC.

CREATE TABLE networking_rules (
    id                       BIGINT PRIMARY KEY,
    session_id               BIGINT  NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    meeting_seconds          INT     NOT NULL,
    allow_rematch            BOOLEAN NOT NULL,
    rematch_cooldown_seconds INT     NOT NULL,
    leave_after_seconds      INT     NOT NULL,
    max_extensions           INT     NOT NULL,
    restrict_pairing         BOOLEAN NOT NULL,
    version                  BIGINT  NOT NULL,
    CONSTRAINT networking_rules_session_unique UNIQUE (session_id)
);

-- Which ticket types may meet when pairing is restricted; symmetric, stored once with low <= high.
CREATE TABLE networking_pairing (
    rules_id            BIGINT NOT NULL REFERENCES networking_rules (id) ON DELETE CASCADE,
    low_ticket_type_id  BIGINT NOT NULL REFERENCES ticket_type (id) ON DELETE CASCADE,
    high_ticket_type_id BIGINT NOT NULL REFERENCES ticket_type (id) ON DELETE CASCADE,
    PRIMARY KEY (rules_id, low_ticket_type_id, high_ticket_type_id)
);

CREATE TABLE networking_meeting (
    id                BIGINT PRIMARY KEY,
    session_id        BIGINT      NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    event_id          BIGINT      NOT NULL REFERENCES event (id),
    first_account_id  BIGINT      NOT NULL REFERENCES account (id),
    second_account_id BIGINT      NOT NULL REFERENCES account (id),
    started_at        TIMESTAMP   NOT NULL,
    ends_at           TIMESTAMP   NOT NULL,
    ended_at          TIMESTAMP,
    extensions        INT         NOT NULL,
    end_reason        VARCHAR(20),
    left_by           BIGINT,
    failed            BOOLEAN     NOT NULL,
    connection_state  VARCHAR(20) NOT NULL
);
CREATE INDEX networking_meeting_session ON networking_meeting (session_id, started_at);
CREATE INDEX networking_meeting_first ON networking_meeting (first_account_id);
CREATE INDEX networking_meeting_second ON networking_meeting (second_account_id);
CREATE INDEX networking_meeting_open ON networking_meeting (ended_at);

-- One connection per pair of attendees and event: low/high make the pair unique whoever asked.
CREATE TABLE networking_connection (
    id                BIGINT PRIMARY KEY,
    event_id          BIGINT    NOT NULL REFERENCES event (id),
    requester_id      BIGINT    NOT NULL REFERENCES account (id),
    addressee_id      BIGINT    NOT NULL REFERENCES account (id),
    low_account_id    BIGINT    NOT NULL,
    high_account_id   BIGINT    NOT NULL,
    meeting_id        BIGINT REFERENCES networking_meeting (id) ON DELETE SET NULL,
    requested_at      TIMESTAMP NOT NULL,
    accepted_at       TIMESTAMP,
    CONSTRAINT networking_connection_pair UNIQUE (event_id, low_account_id, high_account_id)
);

CREATE TABLE networking_block (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT    NOT NULL REFERENCES event (id),
    blocker_id BIGINT    NOT NULL REFERENCES account (id),
    blocked_id BIGINT    NOT NULL REFERENCES account (id),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT networking_block_unique UNIQUE (event_id, blocker_id, blocked_id)
);

CREATE TABLE networking_report (
    id          BIGINT PRIMARY KEY,
    event_id    BIGINT        NOT NULL REFERENCES event (id),
    session_id  BIGINT        NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    meeting_id  BIGINT REFERENCES networking_meeting (id) ON DELETE SET NULL,
    reporter_id BIGINT        NOT NULL REFERENCES account (id),
    reported_id BIGINT        NOT NULL REFERENCES account (id),
    reason      VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
CREATE INDEX networking_report_event ON networking_report (event_id, created_at);
