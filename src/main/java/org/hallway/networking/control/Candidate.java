package org.hallway.networking.control;

/**
 * An attendee who clicked "I'm Ready" in a networking session.
 *
 * @param attendeeId       the attendee
 * @param ticketTypeId     the attendee's ticket type, checked against the pairing matrix
 * @param readySinceMillis when the attendee became ready; earlier means served first
 */
public record Candidate(long attendeeId, long ticketTypeId, long readySinceMillis) {

    /** True if this candidate has waited longer than {@code other} (ties broken by attendee id). */
    public boolean waitedLongerThan(Candidate other) {
        return readySinceMillis != other.readySinceMillis
                ? readySinceMillis < other.readySinceMillis
                : attendeeId < other.attendeeId;
    }
}
