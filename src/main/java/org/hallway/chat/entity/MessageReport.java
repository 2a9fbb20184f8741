package org.hallway.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** Someone's report about a chat message, with a reason, kept for the organisers and the session's moderators. */
@Entity
@Table(name = "chat_report")
public class MessageReport extends Identified {

    public static final int MAX_REASON = 1000;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    protected MessageReport() {}

    public MessageReport(long eventId, long messageId, long reporterId, String reason, Instant reportedAt) {
        this.eventId = eventId;
        this.messageId = messageId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.reportedAt = Utc.utc(reportedAt);
    }

    public long getMessageId() {
        return messageId;
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return Utc.instant(reportedAt);
    }
}
