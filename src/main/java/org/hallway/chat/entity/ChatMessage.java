package org.hallway.chat.entity;

import static org.hallway.platform.Utc.instant;
import static org.hallway.platform.Utc.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** One message in a chat channel. A deleted message keeps its place (shown as deleted) without its text. */
@Entity
@Table(name = "chat_message")
public class ChatMessage extends Identified {

    public static final int MAX_TEXT = 2000;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind", nullable = false)
    private ChannelKind channelKind;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "pinned_at")
    private LocalDateTime pinnedAt;

    protected ChatMessage() {}

    public ChatMessage(
            long eventId, ChannelKind channelKind, long channelId, long senderId, String body, Instant sentAt) {
        this.eventId = eventId;
        this.channelKind = channelKind;
        this.channelId = channelId;
        this.senderId = senderId;
        this.body = body;
        this.sentAt = utc(sentAt);
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = utc(at);
    }

    public void delete(long by, Instant at) {
        this.body = "";
        this.deletedBy = by;
        this.deletedAt = utc(at);
        this.pinnedAt = null;
    }

    /** Pinned above a session room's stream (at), or not (null). */
    public void pin(Instant at) {
        this.pinnedAt = at == null ? null : utc(at);
    }

    public boolean isPinned() {
        return pinnedAt != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public long getEventId() {
        return eventId;
    }

    public ChannelKind getChannelKind() {
        return channelKind;
    }

    public long getChannelId() {
        return channelId;
    }

    public long getSenderId() {
        return senderId;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return instant(sentAt);
    }

    public Instant getEditedAt() {
        return editedAt == null ? null : instant(editedAt);
    }

    public Long getDeletedBy() {
        return deletedBy;
    }
}
