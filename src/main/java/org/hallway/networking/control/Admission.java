package org.hallway.networking.control;

/**
 * Whether a caller may enter a networking session: the session must exist and be a networking
 * session, the caller must hold a ticket for its event (admins too).
 */
public record Admission(Verdict verdict, long accountId, long eventId, long ticketTypeId) {

    public enum Verdict { ADMITTED, NO_SUCH_SESSION, NO_TICKET }

    static Admission refused(Verdict verdict) {
        return new Admission(verdict, 0, 0, 0);
    }

    public boolean admitted() {
        return verdict == Verdict.ADMITTED;
    }
}
