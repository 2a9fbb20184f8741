package org.hallway.event.control;

import java.time.LocalDate;

/** What an organiser types into the event form, before any check. */
public record EventDetails(
        String name, String slug, String description, String timeZone, LocalDate firstDay, LocalDate lastDay) {

    /** Trimmed, with an empty description as none. */
    public EventDetails normalized() {
        return new EventDetails(
                strip(name),
                strip(slug),
                description == null || description.isBlank() ? null : description,
                strip(timeZone),
                firstDay,
                lastDay);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
