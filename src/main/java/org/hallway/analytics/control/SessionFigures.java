package org.hallway.analytics.control;

import java.time.LocalDateTime;

/**
 * One agenda session's attendance and engagement: unique attendees, the most at once, the average
 * minutes each attendee spent in the room, chat messages in its chat (not deleted) and Q&A questions.
 */
public record SessionFigures(long sessionId, String name, String type, String track, LocalDateTime startsAt,
                             long uniqueAttendees, long peakConcurrent, long averageMinutes, long chatMessages,
                             long questions) {
}
