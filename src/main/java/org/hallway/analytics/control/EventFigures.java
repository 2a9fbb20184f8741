package org.hallway.analytics.control;

import java.time.LocalDate;
import java.util.List;

/**
 * An event's figures: registrations (tickets issued) per day (UTC) and ticket type, how many ticket
 * holders had the event open at all ({@code loggedIn}) and how many joined a session room or a
 * networking meeting ({@code joined}), and the most people with the event open at once.
 */
public record EventFigures(
        long registrations,
        List<Registrations> registrationsByDay,
        List<String> ticketTypes,
        long loggedIn,
        long joined,
        long peakConcurrent) {

    /** Tickets of one type issued on one day. */
    public record Registrations(LocalDate day, String ticketType, long count) {}
}
