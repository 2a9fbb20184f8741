-- Attendance: each entry into a session's room and its exit (open while the person is in the room).
-- At most one open visit per person and room, so a reload or a second tab does not count twice.
CREATE TABLE room_visit (
    id         BIGINT PRIMARY KEY,
    session_id BIGINT    NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    entered_at TIMESTAMP NOT NULL,
    left_at    TIMESTAMP
);
CREATE INDEX room_visit_session ON room_visit (session_id, account_id);

-- People a moderator removed from a room: they cannot come back into that session.
CREATE TABLE room_removal (
    id         BIGINT PRIMARY KEY,
    session_id BIGINT    NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    removed_at TIMESTAMP NOT NULL,
    removed_by BIGINT    NOT NULL REFERENCES account (id),
    CONSTRAINT room_removal_unique UNIQUE (session_id, account_id)
);

-- Q&A: questions asked in a room, their votes (one per person), and what moderators did with them.
CREATE TABLE room_question (
    id         BIGINT PRIMARY KEY,
    session_id BIGINT        NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id BIGINT        NOT NULL REFERENCES account (id),
    text       VARCHAR(500)  NOT NULL,
    asked_at   TIMESTAMP     NOT NULL,
    votes      INT           NOT NULL,
    answered   BOOLEAN       NOT NULL,
    hidden     BOOLEAN       NOT NULL,
    pinned     BOOLEAN       NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX room_question_session ON room_question (session_id);
CREATE TABLE room_question_vote (
    id          BIGINT PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES room_question (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    CONSTRAINT room_question_vote_unique UNIQUE (question_id, account_id)
);

-- The backstage note of a room: cues for its moderators and speakers only.
CREATE TABLE room_backstage (
    id         BIGINT PRIMARY KEY,
    session_id BIGINT        NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    note       VARCHAR(4000),
    version    BIGINT        NOT NULL,
    CONSTRAINT room_backstage_unique UNIQUE (session_id)
);
