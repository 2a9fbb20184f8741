-- After a networking meeting: each participant's private rating of it, and private notes about the
-- people met. Organisers see averages only, never who rated whom. Instants are TIMESTAMP in UTC.

-- One rating per meeting and rater: stars 1..5 or none, meet_again AGAIN, NEVER or none.
-- NEVER is also recorded as a networking_block by the use case that stores it.
CREATE TABLE networking_rating (
    id         BIGINT PRIMARY KEY,
    meeting_id BIGINT      NOT NULL REFERENCES networking_meeting (id) ON DELETE CASCADE,
    session_id BIGINT      NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    rater_id   BIGINT      NOT NULL REFERENCES account (id),
    partner_id BIGINT      NOT NULL REFERENCES account (id),
    stars      INT,
    meet_again VARCHAR(10),
    rated_at   TIMESTAMP   NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT networking_rating_once UNIQUE (meeting_id, rater_id),
    CONSTRAINT networking_rating_stars CHECK (stars IS NULL OR (stars BETWEEN 1 AND 5))
);
CREATE INDEX networking_rating_session ON networking_rating (session_id);
CREATE INDEX networking_rating_pair ON networking_rating (rater_id, partner_id);

-- A note its author keeps about a person met at an event ("talked about vintage cameras").
CREATE TABLE networking_note (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT        NOT NULL REFERENCES event (id),
    author_id  BIGINT        NOT NULL REFERENCES account (id),
    subject_id BIGINT        NOT NULL REFERENCES account (id),
    body       VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP     NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT networking_note_once UNIQUE (event_id, author_id, subject_id)
);
