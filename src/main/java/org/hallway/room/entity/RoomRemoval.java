package org.hallway.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** A person a moderator removed from a session's room: they cannot enter that session again. */
@Entity
@Table(name = "room_removal")
@NamedQuery(
        name = RoomRemoval.COUNT,
        query = "select count(r) from RoomRemoval r where r.sessionId = :session " + "and r.accountId = :account")
public class RoomRemoval extends Identified {

    public static final String COUNT = "RoomRemoval.count";

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "removed_at", nullable = false)
    private LocalDateTime removedAt;

    @Column(name = "removed_by", nullable = false)
    private long removedBy;

    protected RoomRemoval() {}

    public RoomRemoval(long sessionId, long accountId, LocalDateTime removedAt, long removedBy) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.removedAt = removedAt;
        this.removedBy = removedBy;
    }
}
