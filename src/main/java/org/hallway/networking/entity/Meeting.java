package org.hallway.networking.entity;

import static org.hallway.platform.Utc.instant;
import static org.hallway.platform.Utc.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One 1:1 meeting of a networking session. {@code first} waited longer and makes the WebRTC offer.
 * {@code endsAt} is the deadline (it moves when the meeting is extended); it is persisted so that
 * a restart re-arms the timers and closes meetings that expired while the server was down.
 * Instants are stored in UTC. The id is allocated ahead by the networking engine (blocks of
 * {@code hallway_seq}), so a match needs no flush to know it.
 */
@Entity
@Table(name = "networking_meeting")
@NamedQuery(name = Meeting.OPEN, query = "select m from Meeting m where m.endedAt is null order by m.startedAt")
@NamedQuery(
        name = Meeting.ENDED_IN_SESSION_SINCE,
        query = "select m from Meeting m where m.sessionId = :session"
                + " and m.failed = false and m.endedAt is not null and m.endedAt >= :since")
@NamedQuery(
        name = Meeting.MATCHES,
        query = "select m from Meeting m where m.sessionId = :session"
                + " and (m.firstAccountId = :account or m.secondAccountId = :account)"
                + " and m.failed = false and m.endedAt is not null order by m.startedAt")
public class Meeting {

    public static final String OPEN = "Meeting.open";
    public static final String ENDED_IN_SESSION_SINCE = "Meeting.endedInSessionSince";
    public static final String MATCHES = "Meeting.matches";

    @Id
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "first_account_id", nullable = false)
    private long firstAccountId;

    @Column(name = "second_account_id", nullable = false)
    private long secondAccountId;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(nullable = false)
    private int extensions;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;
    /** Who left, blocked, or was lost; null for time and media endings. */
    @Column(name = "ended_by")
    private Long endedBy;

    @Column(nullable = false)
    private boolean failed;
    // For the organisers' analytics (V21): each side's ready → matched wait, when its partner's media
    // reached it, and the candidate pair type its browser selected.
    @Column(name = "first_waited_ms")
    private Long firstWaitedMs;

    @Column(name = "second_waited_ms")
    private Long secondWaitedMs;

    @Column(name = "first_media_at")
    private LocalDateTime firstMediaAt;

    @Column(name = "second_media_at")
    private LocalDateTime secondMediaAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_route")
    private MediaRoute firstRoute;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_route")
    private MediaRoute secondRoute;

    protected Meeting() {}

    public Meeting(
            long id,
            long sessionId,
            long eventId,
            long firstAccountId,
            long secondAccountId,
            Instant startedAt,
            Instant endsAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.firstAccountId = firstAccountId;
        this.secondAccountId = secondAccountId;
        this.startedAt = utc(startedAt);
        this.endsAt = utc(endsAt);
    }

    /** How long each side waited between "I'm Ready" and this match. */
    public void waited(long firstMillis, long secondMillis) {
        this.firstWaitedMs = firstMillis;
        this.secondWaitedMs = secondMillis;
    }

    /** The partner's media reached {@code accountId} at {@code at}, over {@code route} (null: not reported); the first report counts. */
    public void mediaFlowed(long accountId, Instant at, MediaRoute route) {
        if (accountId == firstAccountId && firstMediaAt == null) {
            firstMediaAt = utc(at);
            firstRoute = route;
        } else if (accountId == secondAccountId && secondMediaAt == null) {
            secondMediaAt = utc(at);
            secondRoute = route;
        }
    }

    public void extendTo(Instant endsAt, int extensions) {
        this.endsAt = utc(endsAt);
        this.extensions = extensions;
    }

    /** Ends the meeting once; a second call changes nothing. */
    public boolean end(Instant endedAt, EndReason reason, Long endedBy, boolean failed) {
        if (this.endedAt != null) {
            return false;
        }
        this.endedAt = utc(endedAt);
        this.endReason = reason;
        this.endedBy = endedBy;
        this.failed = failed;
        return true;
    }

    public boolean involves(long accountId) {
        return firstAccountId == accountId || secondAccountId == accountId;
    }

    public long partnerOf(long accountId) {
        return firstAccountId == accountId ? secondAccountId : firstAccountId;
    }

    public boolean isExtended() {
        return extensions > 0;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getEventId() {
        return eventId;
    }

    public long getFirstAccountId() {
        return firstAccountId;
    }

    public long getSecondAccountId() {
        return secondAccountId;
    }

    public Instant getStartedAt() {
        return instant(startedAt);
    }

    public Instant getEndsAt() {
        return instant(endsAt);
    }

    public Instant getEndedAt() {
        return instant(endedAt);
    }

    public int getExtensions() {
        return extensions;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public Long getId() {
        return id;
    }

    public Long getEndedBy() {
        return endedBy;
    }

    public boolean isFailed() {
        return failed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
