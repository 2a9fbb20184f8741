package org.hallway.networking.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.hallway.account.boundary.Accounts;
import org.hallway.networking.control.Matches;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/**
 * event/matches.xhtml, "My connections and matches": whom the caller met in a networking session
 * (their profile, when and how long, the meeting's chat, the connection), connecting with them, a
 * private note about each, a search and the filters "connected only" and "met today".
 */
@Named
@ViewScoped
public class MatchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matches matches;

    @Inject
    Connections connections;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    NetworkingViews views;

    @Inject
    Notes notes;

    @Inject
    java.time.Clock clock;

    private String noteFor;
    private String query;
    private boolean connectedOnly;
    private boolean metToday;
    private Long noteSubject;
    private String noteSubjectName;
    private String noteBody;

    private String session;
    private Long sessionId;
    private String zone = "UTC";
    private transient List<Matches.Match> list;
    private String slug;

    public void load() {
        sessionId = Ids.parse(session);
        list = null;
        slug = sessionId == null
                ? null
                : views.shown(sessionId, accounts.current().orElse(null))
                        .map(NetworkingViews.Shown::eventSlug)
                        .orElse(null);
        if (slug == null) {
            Pages.notFound(FacesContext.getCurrentInstance()); // an unknown session, or one this caller may not see
            return;
        }
        views.session(sessionId).ifPresent(s -> zone = s.timeZone());
        Long subject = Ids.parse(noteFor);
        if (subject != null) {
            getAll().stream()
                    .filter(m -> m.partner().id() == subject)
                    .findFirst()
                    .ifPresent(this::editNote);
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

    /** Every match of the caller in the session, before the search and filters. */
    public List<Matches.Match> getAll() {
        if (list == null) {
            list = sessionId == null
                    ? List.of()
                    : accounts.current().map(a -> matches.of(sessionId, a.id())).orElse(List.of());
        }
        return list;
    }

    /** The matches the search and filters let through. */
    public List<Matches.Match> getMatches() {
        java.time.ZoneId eventZone = java.time.ZoneId.of(zone);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(eventZone));
        String needle = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return getAll().stream()
                .filter(m -> !connectedOnly || m.isConnected())
                .filter(m -> !metToday
                        || m.startedAt().atZone(eventZone).toLocalDate().equals(today))
                .filter(m -> needle.isEmpty()
                        || Stream.of(m.partner().displayName(), m.partner().headline(), m.bio(), m.note())
                                .anyMatch(t -> t != null
                                        && t.toLowerCase(java.util.Locale.ROOT).contains(needle)))
                .toList();
    }

    /** Opens the note editor for the partner of a match (from the link's {@code note} parameter). */
    private void editNote(Matches.Match match) {
        noteSubject = match.partner().id();
        noteSubjectName = match.partner().displayName();
        noteBody = match.note();
    }

    public void cancelNote() {
        noteSubject = null;
        noteBody = null;
    }

    /** Saves the note (blank removes it); says "saved" only once committed, else shows why next to the field. */
    public void saveNote() {
        var me = accounts.current();
        if (sessionId == null || me.isEmpty() || noteSubject == null) {
            return;
        }
        long author = me.get().id();
        long subject = noteSubject;
        String body = noteBody;
        if (org.hallway.platform.Pages.attempt(faces, "note", () -> notes.write(sessionId, author, subject, body))) {
            faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, "Note about " + noteSubjectName + " saved.", null));
            noteSubject = null;
            noteBody = null;
            list = null;
        }
    }

    public boolean isEditingNote() {
        return noteSubject != null;
    }

    public String getNoteSubjectName() {
        return noteSubjectName;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public String getNoteFor() {
        return noteFor;
    }

    public void setNoteFor(String noteFor) {
        this.noteFor = noteFor;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isConnectedOnly() {
        return connectedOnly;
    }

    public void setConnectedOnly(boolean connectedOnly) {
        this.connectedOnly = connectedOnly;
    }

    public boolean isMetToday() {
        return metToday;
    }

    public void setMetToday(boolean metToday) {
        this.metToday = metToday;
    }

    /** Requests a connection with the partner of a past meeting, or accepts theirs. */
    public void connect(long meetingId) {
        var me = accounts.current();
        if (sessionId == null || me.isEmpty()) {
            return;
        }
        long sessionOf = sessionId;
        long accountId = me.get().id();
        if (Pages.attempt(faces, null, () -> connections.connectNow(sessionOf, accountId, meetingId))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Connection updated.", null));
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
