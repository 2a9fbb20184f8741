package org.hallway.event.control;

import java.time.LocalDate;

/**
 * Fired (CDI event, synchronously inside the save's transaction) before an event's days change:
 * a feature with things on the old days that would fall outside the new ones refuses by throwing
 * {@link org.hallway.platform.Rejected}, which rolls the save back.
 */
public record EventDaysChanging(long eventId, LocalDate firstDay, LocalDate lastDay) {}
