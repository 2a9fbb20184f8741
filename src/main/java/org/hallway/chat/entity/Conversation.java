package org.hallway.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** A private conversation between two attendees of one event; one per pair and event, whoever started it. */
@Entity
@Table(name = "chat_conversation")
@NamedQuery(
        name = Conversation.OF_PAIR,
        query = "select c from Conversation c where c.eventId = :event"
                + " and c.lowAccountId = :low and c.highAccountId = :high")
@NamedQuery(
        name = Conversation.OF_ACCOUNT,
        query = "select c from Conversation c where c.eventId = :event"
                + " and (c.lowAccountId = :account or c.highAccountId = :account)")
public class Conversation extends Identified {

    public static final String OF_PAIR = "Conversation.ofPair";
    public static final String OF_ACCOUNT = "Conversation.ofAccount";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "low_account_id", nullable = false)
    private long lowAccountId;

    @Column(name = "high_account_id", nullable = false)
    private long highAccountId;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    protected Conversation() {}

    public Conversation(long eventId, long oneAccountId, long otherAccountId, Instant startedAt) {
        this.eventId = eventId;
        this.lowAccountId = Math.min(oneAccountId, otherAccountId);
        this.highAccountId = Math.max(oneAccountId, otherAccountId);
        this.startedAt = Utc.utc(startedAt);
    }

    public boolean involves(long accountId) {
        return lowAccountId == accountId || highAccountId == accountId;
    }

    public long partnerOf(long accountId) {
        return accountId == lowAccountId ? highAccountId : lowAccountId;
    }

    public long getEventId() {
        return eventId;
    }

    public long getLowAccountId() {
        return lowAccountId;
    }

    public long getHighAccountId() {
        return highAccountId;
    }
}
