-- "Start automatically": the scheduler puts such a session LIVE at its start and ENDED at its end
-- (in the event's time zone). Sessions from before this version keep being started by hand.
ALTER TABLE agenda_session ADD COLUMN starts_automatically BOOLEAN DEFAULT FALSE NOT NULL;
-- What the scheduler did already, so each automatic step happens once: an organiser who ends a
-- session early, or reopens one after its end, is not overruled by the next tick.
ALTER TABLE agenda_session ADD COLUMN auto_started BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agenda_session ADD COLUMN auto_ended BOOLEAN DEFAULT FALSE NOT NULL;
