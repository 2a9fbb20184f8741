package org.hallway.agenda.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallway.account.boundary.Accounts;
import org.hallway.agenda.control.AgendaGrid;
import org.hallway.agenda.control.Seats;
import org.hallway.event.boundary.EventRef;
import org.hallway.platform.Pages;

/**
 * An event's agenda ({@code event/agenda.xhtml?event=slug}) for ticket holders and organisers:
 * parallel sessions side by side by track, the networking sessions, and joining a live session.
 */
@Named
@ViewScoped
public class AgendaPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    public static final String NEEDS_TICKET = Seats.NO_TICKET;

    @Inject
    Accounts accounts;

    @Inject
    AgendaDesk desk;

    private String slug;
    private String tab;
    private boolean found;
    private boolean allowed;
    private String eventName;
    private long eventId;
    private String timeZone;
    private AgendaGrid<SessionCard> grid;
    private List<SessionCard> networking = List.of();
    private EventRef event;

    /** View action: who may see the agenda, then the agenda itself. */
    public void load() {
        AgendaDesk.Shown shown =
                desk.agenda(slug, accounts.current().orElse(null)).orElse(null);
        found = shown != null;
        if (!found) {
            Pages.notFound(FacesContext.getCurrentInstance()); // as for any unknown address
            return;
        }
        event = shown.event();
        eventName = event.name();
        eventId = event.id();
        timeZone = event.timeZone();
        allowed = shown.admitted();
        if (!allowed) {
            message(FacesMessage.SEVERITY_ERROR, NEEDS_TICKET);
            return;
        }
        grid = AgendaGrid.of(
                shown.talks(), SessionCard::getStartsAt, SessionCard::getTrack, event.firstDay(), event.lastDay());
        networking = shown.networking();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String dayLabel(LocalDate day) {
        return DAY.format(day);
    }

    public String time(java.time.LocalDateTime at) {
        return SessionCard.TIME.format(at);
    }

    public boolean isNetworkingTab() {
        return "networking".equals(tab);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getEventName() {
        return eventName;
    }

    public long getEventId() {
        return eventId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public AgendaGrid<SessionCard> getGrid() {
        return grid;
    }

    public List<SessionCard> getNetworking() {
        return networking;
    }

    /** Every session the agenda shows, networking included (for searching and "Now" and "Next"). */
    public List<SessionCard> getSessions() {
        if (grid == null) {
            return List.of();
        }
        var all = new java.util.ArrayList<SessionCard>(networking);
        grid.getDays()
                .forEach(day -> day.getRows().forEach(row -> row.getCells().forEach(all::addAll)));
        return all;
    }

    public EventRef getEvent() {
        return event;
    }
}
