package org.hallway.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;

/** The front page: the events hosted here. */
@Named
@RequestScoped
public class EventsPage {

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
