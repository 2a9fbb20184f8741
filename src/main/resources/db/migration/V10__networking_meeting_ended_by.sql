-- left_by also records who blocked or was lost: it is who ended the meeting.
ALTER TABLE networking_meeting RENAME COLUMN left_by TO ended_by;
-- The connection of a meeting's partners lives in networking_connection; this copy was never read.
ALTER TABLE networking_meeting DROP COLUMN connection_state;
