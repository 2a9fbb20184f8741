package org.hallway.networking.control;

/**
 * Someone blocked another attendee of an event outside a meeting (from chat); fired inside the
 * transaction that stored the {@code Block}. After commit the event's live floors match by it.
 */
public record PersonBlocked(long eventId, long blockerId, long blockedId) {}
