package org.hallway.networking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallway.account.boundary.Accounts;
import org.hallway.agenda.entity.SessionState;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.IceConfiguration;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/**
 * event/networking.xhtml, the Networking tab: refuses callers without a ticket and sessions that
 * are not networking sessions; before the session is LIVE shows its pre-session image and start;
 * when LIVE hands the browser app (resources/js/networking) what it needs to join: the socket's
 * URL and the ICE servers. With {@code ?event=slug} instead of a session it lists the event's
 * networking sessions, and goes straight to the one that is LIVE.
 */
@Named
@RequestScoped
public class NetworkingPage {

    /** What the page shows. */
    public enum View {
        NOT_FOUND,
        NO_TICKET,
        BEFORE,
        LIVE,
        ENDED,
        LIST
    }

    public static final String NO_TICKET_MESSAGE =
            "You need a ticket to enter the Networking session, even as an admin.";

    private static final DateTimeFormatter STARTS =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    NetworkingAdmissions admissions;

    @Inject
    NetworkingViews views;

    @Inject
    IceConfiguration ice;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String session;
    private String event;
    private View view = View.NOT_FOUND;
    private NetworkingViews.Shown agendaSession;
    private Admission admission;
    private List<NetworkingViews.Shown> sessions = List.of();

    public void load() throws IOException {
        Long id = Ids.parse(session);
        if (id == null) {
            listEventSessions();
            return;
        }
        agendaSession = views.session(id).orElse(null);
        if (agendaSession == null) {
            view = View.NOT_FOUND;
            Pages.notFound(faces); // as for any unknown address
            return;
        }
        var principal = faces.getExternalContext().getUserPrincipal();
        admission = admissions.admit(id, principal == null ? null : principal.getName());
        if (admission.verdict() == Admission.Verdict.NO_SUCH_SESSION) {
            view = View.NOT_FOUND;
            Pages.notFound(faces); // as for any unknown address
            return;
        }
        if (!admission.admitted()) {
            view = View.NO_TICKET;
            return;
        }
        view = switch (agendaSession.state()) {
            case LIVE -> View.LIVE;
            case SCHEDULED -> View.BEFORE;
            case ENDED -> View.ENDED;
        };
    }

    private void listEventSessions() throws IOException {
        var found = views.ofEvent(event, accounts.current().orElse(null));
        if (found.isEmpty()) {
            view = View.NOT_FOUND;
            Pages.notFound(faces); // as for any unknown address
            return;
        }
        sessions = found.get();
        var live = sessions.stream().filter(s -> s.state() == SessionState.LIVE).toList();
        if (live.size() == 1) {
            var external = faces.getExternalContext();
            faces.responseComplete();
            external.redirect(external.getRequestContextPath() + "/event/networking.xhtml?session="
                    + live.get(0).id());
            return;
        }
        agendaSession = null;
        view = View.LIST;
    }

    public String getNoTicketMessage() {
        return NO_TICKET_MESSAGE;
    }

    public View getView() {
        return view;
    }

    public NetworkingViews.Shown getAgendaSession() {
        return agendaSession;
    }

    public List<NetworkingViews.Shown> getSessions() {
        return sessions;
    }

    /** A listed session's time in its event's zone, e.g. "Tue 1 Dec, 14:00–15:00". */
    public String span(NetworkingViews.Shown session) {
        return org.hallway.platform.EventTimes.span(session.startsAt(), session.endsAt());
    }

    /** The start in the event's own time, e.g. "Monday 23 November 2026, 14:00 (Europe/Paris)". */
    public String getStartsAt() {
        return agendaSession == null
                ? ""
                : STARTS.format(agendaSession.startsAt()) + " (" + agendaSession.timeZone() + ")";
    }

    /** The socket's path; the script turns it into a ws:/wss: URL of the page's own origin. */
    public String getWebSocketPath() {
        return faces.getExternalContext().getRequestContextPath() + "/ws/networking/" + agendaSession.id();
    }

    /** The RTCPeerConnection's iceServers as JSON, with TURN credentials for this attendee. */
    public String getIceServers() {
        return admission == null || !admission.admitted() ? "[]" : ice.iceServersJson(admission.accountId());
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}
