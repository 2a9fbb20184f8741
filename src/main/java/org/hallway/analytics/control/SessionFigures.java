package org.hallway.analytics.control;

import java.time.LocalDateTime;

/**
 * One agenda session's attendance and engagement: unique attendees, the most at once, the average
 * minutes each attendee spent in the room, chat messages in its chat (not deleted), Q&A questions,
 * and its rating: the mean of the 1–5 answers to its survey's scale questions ({@code ratings} of
 * them; null without any).
 */
public record SessionFigures(
        long sessionId,
        String name,
        String type,
        String track,
        LocalDateTime startsAt,
        long uniqueAttendees,
        long peakConcurrent,
        long averageMinutes,
        long chatMessages,
        long questions,
        long ratings,
        Double rating) {}
