package org.hallway.agenda.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Pages;

/** An event's sessions by day, with edit, delete, start and end (admin/sessions.xhtml?event=). */
@Named
@ViewScoped
public class AdminSessionsPage extends OrganiserEventPage {

    private static final long serialVersionUID = 1L;

    /** One line of the table; holds no entity so the view state stays small and serializable. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

        private final long id;
        private final SessionType type;
        private final String name;
        private final String track;
        private final String when;
        private final Integer capacity;
        private final String speakers;
        private final String moderators;
        private final SessionState state;
        private final boolean automatic;

        Row(AgendaAdministration.SessionLine s) {
            this.id = s.id();
            this.type = s.type();
            this.name = s.name();
            this.track = s.track();
            this.when = TIME.format(s.startsAt()) + "–"
                    + (s.endsAt().toLocalDate().equals(s.startsAt().toLocalDate())
                            ? TIME.format(s.endsAt())
                            : DAY_TIME.format(s.endsAt()));
            this.capacity = s.capacity();
            this.speakers = String.join(", ", s.speakers());
            this.moderators = String.join(", ", s.moderators());
            this.state = s.state();
            this.automatic = s.startsAutomatically();
        }

        /** Started and ended by the scheduler at its times. */
        public boolean isAutomatic() {
            return automatic;
        }

        public boolean isEnded() {
            return state == SessionState.ENDED;
        }

        public long getId() {
            return id;
        }

        public SessionType getType() {
            return type;
        }

        public String getName() {
            return name;
        }

        public String getTrack() {
            return track;
        }

        /** Start and end time, with the end's day when it is another day. */
        public String getWhen() {
            return when;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public String getSpeakers() {
            return speakers;
        }

        public String getModerators() {
            return moderators;
        }

        public SessionState getState() {
            return state;
        }

        public boolean isScheduled() {
            return state == SessionState.SCHEDULED;
        }

        public boolean isLive() {
            return state == SessionState.LIVE;
        }
    }

    /** The sessions starting on one day. */
    public static final class Day implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

        private final String title;
        private final List<Row> sessions;

        Day(LocalDate date, List<Row> sessions) {
            this.title = LONG.format(date);
            this.sessions = List.copyOf(sessions);
        }

        public String getTitle() {
            return title;
        }

        public List<Row> getSessions() {
            return sessions;
        }
    }

    @Inject
    AgendaAdministration administration;

    private List<Day> days = List.of();

    public void load() {
        if (!findEvent()) {
            return;
        }
        refresh();
    }

    public void start(long sessionId) {
        act(() -> administration.start(event.id(), sessionId), "Session started: it is live now.");
    }

    public void end(long sessionId) {
        act(() -> administration.end(event.id(), sessionId), "Session ended.");
    }

    public void reopen(long sessionId) {
        act(() -> administration.reopen(event.id(), sessionId), "Session reopened: it is live again.");
    }

    public void delete(long sessionId) {
        act(() -> administration.delete(event.id(), sessionId), "Session deleted.");
    }

    private void act(Runnable change, String done) {
        var faces = FacesContext.getCurrentInstance();
        if (Pages.attempt(faces, "sessions", change)) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(done));
        }
        refresh();
    }

    private void refresh() {
        Map<LocalDate, List<Row>> byDay = new TreeMap<>();
        for (AgendaAdministration.SessionLine s : administration.lines(event.id())) {
            byDay.computeIfAbsent(s.startsAt().toLocalDate(), d -> new ArrayList<>())
                    .add(new Row(s));
        }
        days = byDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()))
                .toList();
    }

    public List<Day> getDays() {
        return days;
    }
}
