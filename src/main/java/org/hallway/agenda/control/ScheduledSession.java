package org.hallway.agenda.control;

import java.time.ZoneId;

/** A session the scheduler watches, with the zone its local times are in. */
public record ScheduledSession(AutoSchedule.Timing timing, ZoneId zone) {}
