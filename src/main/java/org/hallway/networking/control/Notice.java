package org.hallway.networking.control;

import org.hallway.account.control.Person;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.MeetAgain;

/**
 * What the networking engine tells one attendee of one session. Fired as CDI events after the
 * transaction that caused them commits; the signalling side turns them into wire messages for
 * the attendee's socket. Instants are epoch milliseconds on the server clock.
 */
public sealed interface Notice {

    long sessionId();

    long accountId();

    /** How many wait in the ready pool, and a rough wait estimate. */
    record Queue(long sessionId, long accountId, int ready, long estimatedWaitSeconds) implements Notice {}

    record Matched(
            long sessionId,
            long accountId,
            long meetingId,
            Person partner,
            boolean offerer,
            long startedAt,
            long endsAt,
            long leaveAllowedAt,
            int extensions,
            boolean resumed)
            implements Notice {}

    record ExtensionOffered(long sessionId, long accountId, long meetingId, long offerEndsAt) implements Notice {}

    record ExtensionAccepted(long sessionId, long accountId, long meetingId, boolean byYou) implements Notice {}

    record Extended(long sessionId, long accountId, long meetingId, long endsAt, int extensions) implements Notice {}

    record ExtensionWithdrawn(long sessionId, long accountId, long meetingId, boolean declined) implements Notice {}

    /** How the connection with the partner stands for this attendee (never NONE). */
    record ConnectionChanged(long sessionId, long accountId, long meetingId, long partnerId, ConnectionState side)
            implements Notice {}

    record PartnerLost(long sessionId, long accountId, long meetingId, long graceSeconds) implements Notice {}

    record PartnerBack(long sessionId, long accountId, long meetingId) implements Notice {}

    /** Why the meeting ended, as this attendee sees it. */
    enum Ending {
        TIME,
        LEFT,
        PARTNER_LEFT,
        PARTNER_LOST,
        MEDIA_FAILED,
        BLOCKED
    }

    record MeetingEnded(long sessionId, long accountId, long meetingId, Ending ending) implements Notice {}

    record SessionEnded(long sessionId, long accountId) implements Notice {}

    /** The attendee's own rating of a past meeting, as stored (stars and meetAgain may be null). */
    record Rated(long sessionId, long accountId, long meetingId, Integer stars, MeetAgain meetAgain)
            implements Notice {}
}
