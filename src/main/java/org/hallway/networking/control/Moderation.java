package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.hallway.networking.entity.Block;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.Report;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Block and report: never match the two again in this event, end a running meeting between them
 * at once (on the session's single writer), and store the block (and the report for the
 * organisers) through the journal; once committed, every floor of the event learns the block.
 */
@ApplicationScoped
public class Moderation {

    @Inject
    Clock clock;

    @Inject
    Networking networking;

    @Inject
    FloorChanges changes;

    public void block(long sessionId, long accountId, Long meetingId, Consumer<Refused> refused) {
        moderate(sessionId, accountId, meetingId, null, refused);
    }

    /** A report needs a reason of at most {@value Report#MAX_REASON} characters; it also blocks. */
    public void report(long sessionId, long accountId, Long meetingId, String reason, Consumer<Refused> refused) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > Report.MAX_REASON) {
            refused.accept(new Refused(
                    Refusal.INVALID, "A report needs a reason of at most " + Report.MAX_REASON + " characters."));
            return;
        }
        moderate(sessionId, accountId, meetingId, text, refused);
    }

    private void moderate(long sessionId, long accountId, Long meetingId, String reason, Consumer<Refused> refused) {
        networking.command(sessionId, refused, session -> {
            SessionFloor floor = session.floor();
            OptionalLong running = floor.meetingIdOf(accountId);
            long id = meetingId != null ? meetingId : running.orElseThrow(() -> new Refused(Refusal.NOT_IN_MEETING));
            long now = clock.millis();
            Outcome out = running.isPresent() && running.getAsLong() == id
                    ? floor.blocked(accountId, floor.runningMeeting(accountId).partnerId(), now)
                    : new Outcome();
            out.write(
                    em -> {
                        Meeting meeting = em.find(Meeting.class, id);
                        if (meeting == null || meeting.getSessionId() != sessionId || !meeting.involves(accountId)) {
                            throw new Refused(Refusal.UNKNOWN_MEETING);
                        }
                        long other = meeting.partnerOf(accountId);
                        if (reason != null) {
                            em.persist(new Report(
                                    meeting.getEventId(), sessionId, id, accountId, other, reason, clock.instant()));
                        }
                        boolean fresh = em.createNamedQuery(Block.OF_PAIR, Block.class)
                                .setParameter("event", meeting.getEventId())
                                .setParameter("blocker", accountId)
                                .setParameter("blocked", other)
                                .getResultList()
                                .isEmpty();
                        if (fresh) {
                            em.persist(new Block(meeting.getEventId(), accountId, other, clock.instant()));
                        }
                        return java.util.List.of();
                    },
                    () -> blocksChanged(session.eventId()));
            return out;
        });
    }

    /**
     * Every floor of the event, on any node, matches by the committed blocks (and low ratings) from
     * now on; a block made outside a meeting (from chat) gets there through {@link FloorChanges} too.
     */
    void blocksChanged(long eventId) {
        changes.blocksChanged(eventId);
    }
}
