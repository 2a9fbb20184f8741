-- Who sees an event: DRAFT (organisers only), UNLISTED (anyone with a link), PUBLIC (listed on the
-- front page while upcoming or running). Events from before this version stay public.
ALTER TABLE event ADD COLUMN visibility VARCHAR(20) DEFAULT 'PUBLIC' NOT NULL;
-- A deleted event is hidden, and restorable for 30 days from this moment.
ALTER TABLE event ADD COLUMN deleted_at TIMESTAMP;
