package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hallway.networking.entity.Block;
import org.hallway.networking.entity.MeetAgain;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.Rating;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * After a meeting, each partner may rate it privately: 1–5 stars (or none) and "meet again" or
 * "never". Rating again changes the one row. NEVER also stores a block (the matcher never pairs the
 * two again in this event); a low rating (at most {@value Rating#LOW_STARS} stars) makes the pair wait
 * {@value MatchingPolicy#LOW_RATING_FACTOR} cooldowns in this session. Goes through the session's
 * single writer and journal like a block; once committed the rater gets {@code rated} and the event's
 * floors match by it.
 */
@ApplicationScoped
public class Ratings {

    @Inject
    Clock clock;

    @Inject
    Networking networking;

    @Inject
    Moderation moderation;

    /** What a rating says, once checked. */
    record Verdict(Integer stars, MeetAgain meetAgain) {}

    /** Checks the wire's values: stars 1–5 or null, meetAgain "again", "never" or null, not both null. */
    static Verdict verdict(Long stars, String meetAgain) {
        if (stars != null && (stars < Rating.MIN_STARS || stars > Rating.MAX_STARS)) {
            throw new Refused(Refusal.INVALID_RATING);
        }
        MeetAgain again = null;
        if (meetAgain != null) {
            try {
                again = MeetAgain.valueOf(meetAgain.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Refused(Refusal.INVALID_RATING);
            }
        }
        if (stars == null && again == null) {
            throw new Refused(Refusal.INVALID_RATING);
        }
        return new Verdict(stars == null ? null : stars.intValue(), again);
    }

    public void rate(
            long sessionId, long accountId, Long meetingId, Long stars, String meetAgain, Consumer<Refused> refused) {
        Verdict verdict;
        try {
            if (meetingId == null) {
                throw new Refused(Refusal.UNKNOWN_MEETING);
            }
            verdict = verdict(stars, meetAgain);
        } catch (Refused r) {
            refused.accept(r);
            return;
        }
        networking.command(sessionId, refused, session -> {
            long[] eventId = new long[1];
            var out = new Outcome();
            out.write(
                    em -> {
                        eventId[0] = store(em, sessionId, accountId, meetingId, verdict);
                        return List.of(new Notice.Rated(
                                sessionId, accountId, meetingId, verdict.stars(), verdict.meetAgain()));
                    },
                    () -> moderation.blocksChanged(eventId[0]));
            return out;
        });
    }

    /** Checks everything before writing anything (the journal's batch must not keep half a refusal). */
    private long store(EntityManager em, long sessionId, long accountId, long meetingId, Verdict verdict) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getSessionId() != sessionId || !meeting.involves(accountId)) {
            throw new Refused(Refusal.UNKNOWN_MEETING);
        }
        if (!meeting.isEnded()) {
            throw new Refused(Refusal.MEETING_NOT_OVER);
        }
        long partner = meeting.partnerOf(accountId);
        Rating rating = em.createNamedQuery(Rating.OF_MEETING_BY, Rating.class)
                .setParameter("meeting", meetingId)
                .setParameter("rater", accountId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (rating == null) {
            rating = new Rating(meetingId, sessionId, accountId, partner);
            rating.rate(verdict.stars(), verdict.meetAgain(), clock.instant());
            em.persist(rating);
        } else {
            rating.rate(verdict.stars(), verdict.meetAgain(), clock.instant());
        }
        if (verdict.meetAgain() == MeetAgain.NEVER
                && em.createNamedQuery(Block.OF_PAIR, Block.class)
                        .setParameter("event", meeting.getEventId())
                        .setParameter("blocker", accountId)
                        .setParameter("blocked", partner)
                        .getResultList()
                        .isEmpty()) {
            em.persist(new Block(meeting.getEventId(), accountId, partner, clock.instant()));
        }
        return meeting.getEventId();
    }
}
