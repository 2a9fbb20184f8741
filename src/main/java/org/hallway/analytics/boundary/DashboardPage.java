package org.hallway.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.analytics.control.NetworkingFigures;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.boundary.EventRef;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/**
 * A running networking session's live dashboard (admin/dashboard.xhtml?event=&amp;session=): the
 * page follows {@code floor:<session>} on its event socket and shows each {@code floor-stats}.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Analytics analytics;

    @Inject
    EventAdministration events;

    private String slug;
    private String session;
    private EventRef event;
    private NetworkingFigures figures;

    public void load() {
        Long sessionId = Ids.parse(session);
        event = events.ref(slug).orElse(null);
        figures = event == null || sessionId == null ? null : analytics.networking(sessionId, event.id()).orElse(null);
        if (figures == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
        }
    }

    public EventRef getEvent() {
        return event;
    }

    /** The session's recorded figures when the page loaded (the live ones arrive over the socket). */
    public NetworkingFigures getFigures() {
        return figures;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
