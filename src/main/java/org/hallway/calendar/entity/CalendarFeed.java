package org.hallway.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** An attendee's secret calendar address for "My agenda" of one event; only the token's SHA-256 is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends Identified {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {}

    public CalendarFeed(long accountId, long eventId, String tokenHash, LocalDateTime createdAt) {
        this.accountId = accountId;
        this.eventId = eventId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getEventId() {
        return eventId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
