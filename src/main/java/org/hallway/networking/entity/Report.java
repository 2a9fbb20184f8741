package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** An attendee's report about a partner, kept for the organisers. */
@Entity
@Table(name = "networking_report")
@NamedQuery(name = Report.OF_EVENT, query = "select r from Report r where r.eventId = :event order by r.createdAt desc")
public class Report extends Identified {

    public static final String OF_EVENT = "Report.ofEvent";
    public static final int MAX_REASON = 1000;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(name = "reported_id", nullable = false)
    private long reportedId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Report() {}

    public Report(
            long eventId,
            long sessionId,
            Long meetingId,
            long reporterId,
            long reportedId,
            String reason,
            Instant createdAt) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.meetingId = meetingId;
        this.reporterId = reporterId;
        this.reportedId = reportedId;
        this.reason = reason;
        this.createdAt = Utc.utc(createdAt);
    }

    public long getEventId() {
        return eventId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public long getReporterId() {
        return reporterId;
    }

    public long getReportedId() {
        return reportedId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }
}
