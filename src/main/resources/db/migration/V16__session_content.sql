-- What a session's room shows: a video (HLS, MP4, YouTube, Vimeo) or a link to an external meeting,
-- as the organiser entered it (validated on save; embed addresses are built from it when shown),
-- and an optional video shown on the direct link until the session is live.
ALTER TABLE agenda_session ADD COLUMN content_kind VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE agenda_session ADD COLUMN content_url VARCHAR(2000);
ALTER TABLE agenda_session ADD COLUMN pre_session_video_url VARCHAR(2000);
