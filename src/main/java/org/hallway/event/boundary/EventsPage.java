package org.hallway.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.event.entity.Visibility;
import org.hallway.platform.Pages;

/**
 * The front page's events (public, upcoming or running) and the organisers' list of all events,
 * with visibility, delete and restore.
 */
@Named
@RequestScoped
public class EventsPage {

    @Inject
    Events events;

    @Inject
    EventAdministration administration;

    @Inject
    Clock clock;

    private List<Event> all;
    private List<Event> listed;
    private List<Event> deleted;

    /** Every event that is not deleted (organisers). */
    public List<Event> getEvents() {
        if (all == null) {
            all = events.all();
        }
        return all;
    }

    /** The front page: public events that are upcoming or running. */
    public List<Event> getListed() {
        if (listed == null) {
            listed = events.listed(clock);
        }
        return listed;
    }

    /** Deleted events that can still be restored. */
    /** When a deleted event was deleted (UTC), e.g. "Tue 1 Dec, 14:30". */
    public String deletedAt(Event event) {
        return event.getDeletedAt() == null ? "" : org.hallway.platform.EventTimes.dayTime(event.getDeletedAt());
    }

    public List<Event> getDeleted() {
        if (deleted == null) {
            LocalDateTime now = LocalDateTime.now(clock);
            deleted = events.deleted().stream().filter(e -> e.restorable(now)).toList();
        }
        return deleted;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String show(long eventId, Visibility visibility) {
        return run(() -> {
            administration.show(eventId, visibility);
            return "Visibility changed to " + visibility + ".";
        });
    }

    public String delete(long eventId) {
        return run(() -> "“" + administration.delete(eventId)
                + "” is deleted: hidden from everyone, restorable here for 30 days.");
    }

    public String restore(long eventId) {
        return run(() -> "“" + administration.restore(eventId) + "” is restored.");
    }

    /** Runs one use case; says what it did after the redirect, or why it changed nothing. */
    private String run(java.util.function.Supplier<String> useCase) {
        var faces = FacesContext.getCurrentInstance();
        String[] done = new String[1];
        if (!Pages.attempt(faces, "events", () -> done[0] = useCase.get())) {
            return null;
        }
        Pages.info(faces, done[0]);
        return "/admin/events?faces-redirect=true";
    }
}
