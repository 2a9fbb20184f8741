package org.hallway.networking.control;

/**
 * An attendee who clicked "I'm Ready" in a networking session.
 *
 * @param attendeeId       the attendee
 * @param ticketTypeId     the attendee's ticket type, checked against the pairing matrix
 * @param readySinceMillis when the attendee became ready; earlier means served first
 */
public record Candidate(long attendeeId, long ticketTypeId, long readySinceMillis) {}
