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

    SessionCard(AgendaSession session, long seatsTaken, boolean joined) {
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
        this.speakers = session.getSpeakers().stream().map(Account::getDisplayName)
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
        this.joined = joined;
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

    public String getTimes() {
        return TIME.format(startsAt) + "–" + TIME.format(endsAt);
    }

    public String getDay() {
        return AgendaPage.DAY.format(startsAt);
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

    /** A live session that is not networking can be joined from the agenda. */
    public boolean isJoinable() {
        return state == SessionState.LIVE && type != SessionType.NETWORKING;
    }
}
