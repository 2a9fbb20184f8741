package org.hallway.analytics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/**
 * One stay of a person at an event (UTC): from their first open event socket to their last one's
 * close. A reload or a second tab continues the stay, so a person is never at the event twice at once.
 */
@Entity
@Table(name = "event_presence")
@NamedQuery(
        name = EventPresence.LATEST,
        query = "select p from EventPresence p where p.eventId = :event"
                + " and p.accountId = :account order by p.enteredAt desc, p.id desc")
public class EventPresence extends Identified {

    public static final String LATEST = "EventPresence.latest";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Column(name = "left_at")
    private LocalDateTime leftAt;

    protected EventPresence() {}

    public EventPresence(long eventId, long accountId, LocalDateTime enteredAt) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.enteredAt = enteredAt;
    }

    public boolean isOpen() {
        return leftAt == null;
    }

    /** Whether a stay that closed at or after {@code since} may continue (a reload, not a new visit). */
    public boolean closedSince(LocalDateTime since) {
        return leftAt != null && !leftAt.isBefore(since);
    }

    public void leave(LocalDateTime at) {
        if (leftAt == null) {
            leftAt = at.isBefore(enteredAt) ? enteredAt : at;
        }
    }

    public void resume() {
        leftAt = null;
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
