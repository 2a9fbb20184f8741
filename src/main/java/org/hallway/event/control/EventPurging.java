package org.hallway.event.control;

/**
 * Fired (CDI event, synchronously inside the purge's transaction) just before a deleted event is
 * removed for good: each feature removes its own rows of that event, and all of it commits or none.
 */
public record EventPurging(long eventId) {}
