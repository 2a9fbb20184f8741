package org.hallway.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hallway.platform.Identified;

/** The newest message of a conversation one of its parties has read; only ever moves forward. */
@Entity
@Table(name = "chat_read_marker")
@NamedQuery(
        name = ReadMarker.OF,
        query = "select r from ReadMarker r where r.conversationId = :conversation" + " and r.accountId = :account")
public class ReadMarker extends Identified {

    public static final String OF = "ReadMarker.of";

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    protected ReadMarker() {}

    public ReadMarker(long conversationId, long accountId, long lastReadId) {
        this.conversationId = conversationId;
        this.accountId = accountId;
        this.lastReadId = lastReadId;
    }

    /** Returns whether the marker moved. */
    public boolean advanceTo(long messageId) {
        if (messageId <= lastReadId) {
            return false;
        }
        lastReadId = messageId;
        return true;
    }

    public long getLastReadId() {
        return lastReadId;
    }
}
