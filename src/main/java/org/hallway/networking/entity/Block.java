package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** One attendee never wants to be matched with another again in this event. */
@Entity
@Table(name = "networking_block")
@NamedQuery(name = Block.OF_EVENT, query = "select b from Block b where b.eventId = :event")
@NamedQuery(
        name = Block.OF_PAIR,
        query = "select b from Block b where b.eventId = :event"
                + " and b.blockerId = :blocker and b.blockedId = :blocked")
public class Block extends Identified {

    public static final String OF_EVENT = "Block.ofEvent";
    public static final String OF_PAIR = "Block.ofPair";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "blocker_id", nullable = false)
    private long blockerId;

    @Column(name = "blocked_id", nullable = false)
    private long blockedId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Block() {}

    public Block(long eventId, long blockerId, long blockedId, Instant createdAt) {
        this.eventId = eventId;
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = Utc.utc(createdAt);
    }

    public long getEventId() {
        return eventId;
    }

    public long getBlockerId() {
        return blockerId;
    }

    public long getBlockedId() {
        return blockedId;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }
}
