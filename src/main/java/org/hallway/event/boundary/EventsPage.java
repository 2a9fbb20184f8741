package org.hallway.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
    EventAdministration administration;

    private List<EventLine> all;
    private List<EventLine> listed;
    private List<EventLine> deleted;

    /** Every event that is not deleted (organisers). */
    public List<EventLine> getEvents() {
        if (all == null) {
            all = administration.all();
        }
        return all;
    }

    /** The front page: public events that are upcoming or running. */
    public List<EventLine> getListed() {
        if (listed == null) {
            listed = administration.listed();
        }
        return listed;
    }

    /** When a deleted event was deleted (UTC), e.g. "Tue 1 Dec, 14:30". */
    public String deletedAt(EventLine event) {
        return event.deletedAt() == null ? "" : org.hallway.platform.EventTimes.dayTime(event.deletedAt());
    }

    /** Deleted events that can still be restored. */
    public List<EventLine> getDeleted() {
        if (deleted == null) {
            deleted = administration.restorable();
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
