package org.hallway.networking.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hallway.account.control.Accounts;
import org.hallway.networking.control.Connections;
import org.hallway.networking.control.Matches;
import org.hallway.signalling.control.Refused;
import org.hallway.platform.Ids;

/** event/matches.xhtml, "View Matches": whom the caller met in a networking session, and connecting with them. */
@Named
@ViewScoped
public class MatchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Matches matches;

    @Inject
    transient Connections connections;

    @Inject
    transient Accounts accounts;

    @Inject
    transient FacesContext faces;

    @Inject
    transient org.hallway.networking.control.NetworkingSessions sessions;

    private String session;
    private Long sessionId;
    private String zone = "UTC";
    private transient List<Matches.Match> list;
    private String slug;

    public void load() {
        sessionId = Ids.parse(session);
        list = null;
        slug = sessionId == null ? null : sessions.shown(sessionId, accounts.current().orElse(null))
                .map(s -> s.getEvent().getSlug()).orElse(null);
        if (sessionId != null) {
            sessions.find(sessionId).ifPresent(s -> zone = s.getEvent().getTimeZone());
        }
    }

    /** When a meeting started, in the event's time zone ("Tue 1 Dec, 14:30"). */
    public String startedAt(Matches.Match match) {
        return org.hallway.platform.EventTimes.dayTime(match.startedAt(), java.time.ZoneId.of(zone));
    }

    public String getZone() {
        return zone;
    }

    /** The session's event, for the links to messages (a private conversation, a meeting's chat). */
    public String getSlug() {
        return slug;
    }

    public List<Matches.Match> getMatches() {
        if (list == null) {
            list = sessionId == null ? List.of()
                    : accounts.current().map(a -> matches.of(sessionId, a.getId())).orElse(List.of());
        }
        return list;
    }

    /** Requests a connection with the partner of a past meeting, or accepts theirs. */
    public void connect(long meetingId) {
        var me = accounts.current();
        if (sessionId == null || me.isEmpty()) {
            return;
        }
        try {
            connections.connectNow(sessionId, me.get().getId(), meetingId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Connection updated.", null));
        } catch (Refused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        list = null;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
