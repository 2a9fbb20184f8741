package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The record that a networking session's follow-up mails were queued, so they are queued once. */
@Entity
@Table(name = "networking_follow_up")
public class FollowUp {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    protected FollowUp() {}

    public FollowUp(long sessionId, LocalDateTime queuedAt) {
        this.sessionId = sessionId;
        this.queuedAt = queuedAt;
    }

    public long getSessionId() {
        return sessionId;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }
}
