package org.hallway.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** One stay of a person in a session's room (UTC): entered, and left once they are gone. */
@Entity
@Table(name = "room_visit")
@NamedQuery(
        name = RoomVisit.OPEN,
        query = "select v from RoomVisit v where v.sessionId = :session "
                + "and v.accountId = :account and v.leftAt is null")
@NamedQuery(name = RoomVisit.OF_SESSION, query = "select v from RoomVisit v where v.sessionId = :session")
public class RoomVisit extends Identified {

    public static final String OPEN = "RoomVisit.open";
    public static final String OF_SESSION = "RoomVisit.ofSession";

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Column(name = "left_at")
    private LocalDateTime leftAt;

    protected RoomVisit() {}

    public RoomVisit(long sessionId, long accountId, LocalDateTime enteredAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.enteredAt = enteredAt;
    }

    public void leave(LocalDateTime at) {
        if (leftAt == null) {
            leftAt = at.isBefore(enteredAt) ? enteredAt : at;
        }
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }

    public LocalDateTime getLeftAt() {
        return leftAt;
    }
}
