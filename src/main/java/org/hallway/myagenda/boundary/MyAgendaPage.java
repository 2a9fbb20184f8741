package org.hallway.myagenda.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hallway.event.boundary.EventRef;
import org.hallway.platform.Pages;

/** "My agenda" ({@code event/my-agenda.xhtml?event=slug}): the sessions the attendee keeps, by time, clashes shown. */
@Named
@ViewScoped
public class MyAgendaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAgendaDesk desk;

    private String slug;
    private boolean found;
    private boolean allowed;
    private EventRef event;
    private List<KeptCard> sessions = List.of();

    public void load() {
        MyAgendaDesk.Shown shown = desk.myAgenda(slug).orElse(null);
        found = shown != null;
        if (!found) {
            Pages.notFound(FacesContext.getCurrentInstance());
            return;
        }
        event = shown.event();
        allowed = shown.admitted();
        sessions = shown.sessions();
    }

    public long getClashCount() {
        return sessions.stream().filter(KeptCard::clashes).count();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public EventRef getEvent() {
        return event;
    }

    public List<KeptCard> getSessions() {
        return sessions;
    }
}
