package org.hallway.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;

/** What a session's card on the agenda shows; a snapshot, so the page keeps no entities. */
public final class SessionCard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final long id;
    private final SessionType type;
    private final String name;
    private final String description;
    private final String track;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final SessionState state;
    private final Integer capacity;
    private final long seatsTaken;
    private final String speakers;
    private final boolean joined;
    private final long startsAtMillis;
    private final String zone;

    /** {@code event}: the session's event as the page holds it (the session's own is lazy, and read outside its transaction). */
    SessionCard(AgendaSession session, Event event, long seatsTaken, boolean joined) {
        this.id = session.getId();
        this.type = session.getType();
        this.name = session.getName();
        this.description = session.getDescription();
        this.track = session.getTrack();
        this.startsAt = session.getStartsAt();
        this.endsAt = session.getEndsAt();
        this.state = session.getState();
        this.capacity = session.getCapacity();
        this.seatsTaken = seatsTaken;
        this.speakers = session.getSpeakers().stream()
                .map(Account::getDisplayName)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        this.joined = joined;
        this.zone = event.getTimeZone();
        this.startsAtMillis = org.hallway.platform.EventTimes.epochMillis(startsAt, event.zone());
    }

    /** The start as an instant, for the viewer's local time on hover. */
    public long getStartsAtMillis() {
        return startsAtMillis;
    }

    public String getZone() {
        return zone;
    }

    /** Every seat is taken and the viewer holds none: the agenda says "Full" instead of Join. */
    public boolean isFull() {
        return capacity != null && seatsTaken >= capacity && !joined;
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

    public String getDescription() {
        return description;
    }

    public String getTrack() {
        return track;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getTimes() {
        return TIME.format(startsAt) + "–" + TIME.format(endsAt);
    }

    public String getDay() {
        return org.hallway.platform.EventTimes.day(startsAt.toLocalDate());
    }

    public SessionState getState() {
        return state;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public long getSeatsTaken() {
        return seatsTaken;
    }

    public String getSpeakers() {
        return speakers;
    }

    public boolean isJoined() {
        return joined;
    }

    /** A live session that is not networking can be joined from the agenda (Join opens its room). */
    public boolean isJoinable() {
        return state == SessionState.LIVE && type != SessionType.NETWORKING;
    }
}
