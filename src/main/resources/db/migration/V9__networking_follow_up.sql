-- A networking session whose follow-up mails were queued: ending it again (or reopening and ending
-- it) mails nobody twice. Goes with its session.
CREATE TABLE networking_follow_up (
    session_id BIGINT    NOT NULL PRIMARY KEY REFERENCES agenda_session (id) ON DELETE CASCADE,
    queued_at  TIMESTAMP NOT NULL
);
