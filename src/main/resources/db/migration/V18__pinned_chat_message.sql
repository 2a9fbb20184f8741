-- A moderator pins a message of a session room's chat above the stream (one pinned item per room:
-- a pinned message or a pinned question). Null while not pinned.
ALTER TABLE chat_message ADD COLUMN pinned_at TIMESTAMP;
