-- Feedback surveys: an organiser's short questionnaire about one session (session_id set) or about
-- the whole event (session_id NULL). A session's survey opens for those who attended when the session
-- ends; every survey takes answers until closes_at. One response per attendee, editable until then.
-- Instants are TIMESTAMP in UTC.
CREATE TABLE survey (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT       NOT NULL REFERENCES event (id),
    session_id BIGINT       REFERENCES agenda_session (id) ON DELETE CASCADE,
    title      VARCHAR(200) NOT NULL,
    closes_at  TIMESTAMP    NOT NULL,
    invited_at TIMESTAMP,
    created_at TIMESTAMP    NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT survey_one_per_session UNIQUE (session_id)
);
CREATE INDEX survey_event ON survey (event_id);

-- A question: SCALE (1..5), CHOICE (one of the options, one per line in choices) or TEXT (free text).
CREATE TABLE survey_question (
    id        BIGINT PRIMARY KEY,
    survey_id BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position  INT           NOT NULL,
    kind      VARCHAR(10)   NOT NULL,
    prompt    VARCHAR(300)  NOT NULL,
    required  BOOLEAN       NOT NULL,
    choices   VARCHAR(2000),
    version   BIGINT        NOT NULL,
    CONSTRAINT survey_question_kind CHECK (kind IN ('SCALE', 'CHOICE', 'TEXT'))
);
CREATE INDEX survey_question_survey ON survey_question (survey_id, position);

-- One attendee's response to a survey, and its answers (one per question answered).
CREATE TABLE survey_response (
    id           BIGINT PRIMARY KEY,
    survey_id    BIGINT    NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    account_id   BIGINT    NOT NULL REFERENCES account (id),
    submitted_at TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    version      BIGINT    NOT NULL,
    CONSTRAINT survey_response_once UNIQUE (survey_id, account_id)
);

CREATE TABLE survey_answer (
    id          BIGINT PRIMARY KEY,
    response_id BIGINT        NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id BIGINT        NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    scale       INT,
    choice      VARCHAR(200),
    body        VARCHAR(2000),
    CONSTRAINT survey_answer_once UNIQUE (response_id, question_id),
    CONSTRAINT survey_answer_scale CHECK (scale IS NULL OR (scale BETWEEN 1 AND 5))
);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
