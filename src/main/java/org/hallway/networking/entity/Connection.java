package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/**
 * Two attendees of an event who asked to stay in touch: requested by one, accepted by the other.
 * One row per pair and event, whoever asked first.
 */
@Entity
@Table(name = "networking_connection")
@NamedQuery(
        name = Connection.OF_PAIR,
        query = "select c from Connection c where c.eventId = :event"
                + " and c.lowAccountId = :low and c.highAccountId = :high")
@NamedQuery(
        name = Connection.OF_ACCOUNT,
        query = "select c from Connection c where c.eventId = :event"
                + " and (c.lowAccountId = :account or c.highAccountId = :account)")
public class Connection extends Identified {

    public static final String OF_PAIR = "Connection.ofPair";
    public static final String OF_ACCOUNT = "Connection.ofAccount";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "requester_id", nullable = false)
    private long requesterId;

    @Column(name = "addressee_id", nullable = false)
    private long addresseeId;

    @Column(name = "low_account_id", nullable = false)
    private long lowAccountId;

    @Column(name = "high_account_id", nullable = false)
    private long highAccountId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    protected Connection() {}

    public Connection(long eventId, long requesterId, long addresseeId, Long meetingId, Instant requestedAt) {
        this.eventId = eventId;
        this.requesterId = requesterId;
        this.addresseeId = addresseeId;
        this.lowAccountId = Math.min(requesterId, addresseeId);
        this.highAccountId = Math.max(requesterId, addresseeId);
        this.meetingId = meetingId;
        this.requestedAt = Utc.utc(requestedAt);
    }

    /** The addressee accepts; the requester asking again changes nothing. True when this connected them. */
    public boolean acceptBy(long accountId, Instant at) {
        if (accountId != addresseeId || acceptedAt != null) {
            return false;
        }
        this.acceptedAt = Utc.utc(at);
        return true;
    }

    /** The state as {@code viewer} (one of the two) sees it. */
    public ConnectionState stateFor(long viewer) {
        if (acceptedAt != null) {
            return ConnectionState.CONNECTED;
        }
        return requesterId == viewer ? ConnectionState.REQUESTED : ConnectionState.INCOMING;
    }

    public long partnerOf(long accountId) {
        return lowAccountId == accountId ? highAccountId : lowAccountId;
    }

    public long getEventId() {
        return eventId;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public long getAddresseeId() {
        return addresseeId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Instant getRequestedAt() {
        return Utc.instant(requestedAt);
    }

    public Instant getAcceptedAt() {
        return Utc.instant(acceptedAt);
    }

    public boolean isConnected() {
        return acceptedAt != null;
    }
}
