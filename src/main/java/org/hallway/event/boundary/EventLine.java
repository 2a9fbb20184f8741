package org.hallway.event.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hallway.event.entity.Event;
import org.hallway.event.entity.Visibility;

/**
 * An event as the lists show it (front page, organisers' events), read inside the transaction that
 * loaded it.
 */
public record EventLine(
        long id,
        String slug,
        String name,
        String description,
        Long coverImageId,
        String timeZone,
        LocalDate firstDay,
        LocalDate lastDay,
        Visibility visibility,
        LocalDateTime deletedAt)
        implements Serializable {

    /** Call it inside the transaction that loaded the event. */
    static EventLine of(Event event) {
        return new EventLine(
                event.getId(),
                event.getSlug(),
                event.getName(),
                event.getDescription(),
                event.getCoverImageId(),
                event.getTimeZone(),
                event.getFirstDay(),
                event.getLastDay(),
                event.getVisibility(),
                event.getDeletedAt());
    }
}
