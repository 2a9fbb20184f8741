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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.platform.Pages;

/** An event's sessions by day, with edit, delete, start and end (admin/sessions.xhtml?event=). */
@Named
@ViewScoped
public class AdminSessionsPage implements Serializable {

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
        private final org.hallway.room.control.AttendanceSummary attendance;

        Row(AgendaSession s, org.hallway.room.control.AttendanceSummary attendance) {
            this.id = s.getId();
            this.type = s.getType();
            this.name = s.getName();
            this.track = s.getTrack();
            this.when = TIME.format(s.getStartsAt()) + "–" + (s.getEndsAt().toLocalDate().equals(s.getStartsAt().toLocalDate())
                    ? TIME.format(s.getEndsAt()) : DAY_TIME.format(s.getEndsAt()));
            this.capacity = s.getCapacity();
            this.speakers = names(s.getSpeakers());
            this.moderators = names(s.getModerators());
            this.state = s.getState();
            this.automatic = s.isStartsAutomatically();
            this.attendance = attendance;
        }

        public int getUniqueAttendees() {
            return attendance.uniqueAttendees();
        }

        public int getPeakConcurrent() {
            return attendance.peakConcurrent();
        }

        public long getAverageMinutes() {
            return attendance.averageMinutes();
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
    Events events;
    @Inject
    EventAdministration eventAdministration;
    @Inject
    Agenda agenda;
    @Inject
    AgendaAdministration administration;
    @Inject
    org.hallway.room.control.Rooms rooms;

    private String slug;
    private EventRef event;
    private List<Day> days = List.of();

    public void load() {
        event = eventAdministration.ref(slug).orElse(null);
        if (event == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
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
        Event loaded = events.byId(event.id()).orElse(null);
        if (loaded == null) {
            return;
        }
        Map<LocalDate, List<Row>> byDay = new TreeMap<>();
        var attendance = rooms.attendanceOf(loaded.getId());
        for (AgendaSession s : agenda.sessionsOf(loaded)) {
            byDay.computeIfAbsent(s.getStartsAt().toLocalDate(), d -> new ArrayList<>()).add(new Row(s,
                    attendance.getOrDefault(s.getId(), org.hallway.room.control.AttendanceSummary.EMPTY)));
        }
        days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
    }

    private static String names(Set<Account> people) {
        return people.stream().map(Account::getDisplayName).sorted().collect(Collectors.joining(", "));
    }

    public List<Day> getDays() {
        return days;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public EventRef getEvent() {
        return event;
    }
}
