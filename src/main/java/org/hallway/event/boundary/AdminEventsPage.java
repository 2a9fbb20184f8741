package org.hallway.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;

/** The organiser's list of events (admin/events.xhtml). */
@Named
@RequestScoped
public class AdminEventsPage {

    @Inject
    Events events;

    private List<Event> list;

    public List<Event> getEvents() {
        if (list == null) {
            list = events.all();
        }
        return list;
    }
}
