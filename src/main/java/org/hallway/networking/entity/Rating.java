package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/**
 * One attendee's private rating of one meeting: 1–5 stars or none, and whether to meet the partner
 * again. Rating again changes this row. Organisers see averages only.
 */
@Entity
@Table(name = "networking_rating")
@NamedQuery(
        name = Rating.OF_MEETING_BY,
        query = "select r from Rating r where r.meetingId = :meeting" + " and r.raterId = :rater")
@NamedQuery(
        name = Rating.LOW_IN_SESSION,
        query = "select r from Rating r where r.sessionId = :session" + " and r.stars <= " + Rating.LOW_STARS)
@NamedQuery(
        name = Rating.BY_RATER_IN_SESSION,
        query = "select r from Rating r where r.sessionId = :session" + " and r.raterId = :rater")
public class Rating extends Identified {

    public static final String OF_MEETING_BY = "Rating.ofMeetingBy";
    public static final String LOW_IN_SESSION = "Rating.lowInSession";
    public static final String BY_RATER_IN_SESSION = "Rating.byRaterInSession";
    /** Stars at or below this are a low rating: the pair waits longer before meeting again. */
    public static final int LOW_STARS = 2;

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "rater_id", nullable = false)
    private long raterId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column
    private Integer stars;

    @Enumerated(EnumType.STRING)
    @Column(name = "meet_again")
    private MeetAgain meetAgain;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    @Version
    private long version;

    protected Rating() {}

    public Rating(long meetingId, long sessionId, long raterId, long partnerId) {
        this.meetingId = meetingId;
        this.sessionId = sessionId;
        this.raterId = raterId;
        this.partnerId = partnerId;
    }

    public void rate(Integer stars, MeetAgain meetAgain, Instant at) {
        this.stars = stars;
        this.meetAgain = meetAgain;
        this.ratedAt = Utc.utc(at);
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getRaterId() {
        return raterId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public Integer getStars() {
        return stars;
    }

    public MeetAgain getMeetAgain() {
        return meetAgain;
    }

    public Instant getRatedAt() {
        return Utc.instant(ratedAt);
    }
}
