package org.hallway.networking.control;

import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;

/**
 * A change of a meeting the floor made in memory and the database must follow: plain values, so
 * the journal can write them later on another thread.
 */
public sealed interface MeetingRecord {

    long meetingId();

    /** A meeting started; its id was allocated ahead ({@link MeetingIds}); each side's ready → matched wait. */
    record Opened(
            long meetingId,
            long sessionId,
            long eventId,
            long first,
            long second,
            long startedAt,
            long endsAt,
            long firstWaitedMillis,
            long secondWaitedMillis)
            implements MeetingRecord {}

    /** The partner's media reached {@code account} (first time in this meeting), over {@code route} (null: not reported). */
    record MediaFlowed(long meetingId, long account, long at, MediaRoute route) implements MeetingRecord {}

    /** The meeting's end moved, or it ended ({@code endedAt} 0 while running). */
    record Changed(
            long meetingId, long endsAt, int extensions, long endedAt, EndReason reason, Long endedBy, boolean failed)
            implements MeetingRecord {}
}
