package org.hallway.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/**
 * An organiser's survey about one session ({@code sessionId} set) or the whole event ({@code sessionId}
 * null), taking answers until {@code closesAt} (UTC). {@code invitedAt} records when the e-mail
 * invitations were written, so they go out once.
 */
@Entity
@Table(name = "survey")
@NamedQuery(name = Survey.OF_EVENT, query = "select s from Survey s where s.eventId = :event order by s.id")
@NamedQuery(name = Survey.OF_SESSION, query = "select s from Survey s where s.sessionId = :session")
@NamedQuery(
        name = Survey.OF_EVENT_ITSELF,
        query = "select s from Survey s where s.eventId = :event" + " and s.sessionId is null")
public class Survey extends Identified {

    public static final String OF_EVENT = "Survey.ofEvent";
    public static final String OF_SESSION = "Survey.ofSession";
    public static final String OF_EVENT_ITSELF = "Survey.ofEventItself";
    public static final int MAX_TITLE = 200;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false)
    private String title;

    @Column(name = "closes_at", nullable = false)
    private LocalDateTime closesAt;

    @Column(name = "invited_at")
    private LocalDateTime invitedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Survey() {}

    public Survey(long eventId, Long sessionId, String title, LocalDateTime closesAt, LocalDateTime createdAt) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.title = title;
        this.closesAt = closesAt;
        this.createdAt = createdAt;
    }

    public void revise(String title, LocalDateTime closesAt) {
        this.title = title;
        this.closesAt = closesAt;
    }

    /** Answers are taken (and may be changed) strictly before the closing instant. */
    public boolean acceptsAnswersAt(LocalDateTime now) {
        return now.isBefore(closesAt);
    }

    public void invited(LocalDateTime at) {
        if (invitedAt == null) {
            invitedAt = at;
        }
    }

    public long getEventId() {
        return eventId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public boolean isAboutEvent() {
        return sessionId == null;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public LocalDateTime getInvitedAt() {
        return invitedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
