package org.hallway.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.analytics.control.NetworkingFigures;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/**
 * A running networking session's live dashboard (admin/dashboard.xhtml?event=&amp;session=): the
 * page follows {@code floor:<session>} on its event socket and shows each {@code floor-stats}.
 */
@Named
@RequestScoped
public class DashboardPage extends OrganiserEventPage {

    @Inject
    Analytics analytics;

    private String session;
    private NetworkingFigures figures;

    public void load() {
        Long sessionId = Ids.parse(session);
        if (!findEvent()) {
            return;
        }
        figures = sessionId == null
                ? null
                : analytics.networking(sessionId, event.id()).orElse(null);
        if (figures == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
        }
    }

    /** The session's recorded figures when the page loaded (the live ones arrive over the socket). */
    public NetworkingFigures getFigures() {
        return figures;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
