package org.hallway.event.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.hallway.event.entity.Event;

/**
 * The event an organiser's page is about, as a value: read once, inside the transaction that
 * loaded the event ({@link EventAdministration#ref}), so no page holds the entity. Pages read its
 * components as properties, {@code #{page.event.name}} ({@code platform.RecordProperties}).
 */
public record EventRef(long id, String slug, String name, String timeZone, LocalDate firstDay, LocalDate lastDay)
        implements Serializable {

    /** Call it inside the transaction that loaded the event. */
    public static EventRef of(Event event) {
        return new EventRef(
                event.getId(),
                event.getSlug(),
                event.getName(),
                event.getTimeZone(),
                event.getFirstDay(),
                event.getLastDay());
    }
}
