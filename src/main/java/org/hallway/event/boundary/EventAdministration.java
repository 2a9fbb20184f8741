package org.hallway.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import org.hallway.event.control.EventDetails;
import org.hallway.event.control.EventEditor;

/**
 * The organiser's event use cases, each one transaction; a {@link org.hallway.platform.Rejected}
 * rolls it back entirely.
 */
@ApplicationScoped
public class EventAdministration {

    @Inject
    EventEditor editor;

    /** Returns the saved event's id. */
    @Transactional
    public long save(Long id, Long expectedVersion, EventDetails details, Part cover) {
        return editor.save(id, expectedVersion, details, cover).getId();
    }
}
