-- The live stage (issue 24): attendees who raised a hand in a stage session, and those a moderator
-- brought on stage (they publish until taken off). Speakers and moderators are on stage by role.
CREATE TABLE stage_member (
    id             BIGINT PRIMARY KEY,
    session_id     BIGINT    NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    account_id     BIGINT    NOT NULL REFERENCES account (id),
    hand_raised_at TIMESTAMP,
    on_stage       BOOLEAN   NOT NULL,
    CONSTRAINT stage_member_unique UNIQUE (session_id, account_id)
);
