-- Facts the organisers' analytics need that nothing recorded before (issue 14, "Analytics").
-- Instants are TIMESTAMP in UTC, as everywhere.

-- Per networking meeting and side ("first" waited longer and offers): how long that side waited
-- between "I'm Ready" and the match, when its partner's media reached it (null: never, or a meeting
-- recovered after a restart), and the type of the ICE candidate pair its browser selected
-- (HOST, SRFLX, PRFLX or RELAY, i.e. through TURN; null when the browser did not say).
-- Meetings from before this version have none of these (null).
ALTER TABLE networking_meeting ADD COLUMN first_waited_ms BIGINT;
ALTER TABLE networking_meeting ADD COLUMN second_waited_ms BIGINT;
ALTER TABLE networking_meeting ADD COLUMN first_media_at TIMESTAMP;
ALTER TABLE networking_meeting ADD COLUMN second_media_at TIMESTAMP;
ALTER TABLE networking_meeting ADD COLUMN first_route VARCHAR(10);
ALTER TABLE networking_meeting ADD COLUMN second_route VARCHAR(10);
CREATE INDEX networking_meeting_event ON networking_meeting (event_id, started_at);
CREATE INDEX networking_connection_meeting ON networking_connection (meeting_id);

-- Who had the event open, and when: one row per person and stay, opened with their first event
-- socket and closed with their last one; a reload or a second tab continues the open stay
-- (a stay closed less than a minute ago is reopened), so a person is never counted twice at once.
CREATE TABLE event_presence (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT    NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    entered_at TIMESTAMP NOT NULL,
    left_at    TIMESTAMP
);
CREATE INDEX event_presence_event ON event_presence (event_id, account_id, entered_at);

-- Analytics read these per event or session.
CREATE INDEX ticket_event_issued ON ticket (event_id, issued_at);
CREATE INDEX room_visit_account ON room_visit (account_id);
