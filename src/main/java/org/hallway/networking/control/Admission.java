package org.hallway.networking.control;

import org.hallway.account.control.Person;

/**
 * Whether a caller may enter a networking session: the session must exist and be a networking
 * session, the caller must hold a ticket for its event (admins too). Carries the caller as others
 * will see them, so opening the socket needs no further lookup.
 */
public record Admission(Verdict verdict, long accountId, long eventId, long ticketTypeId, Person person) {

    public enum Verdict {
        ADMITTED,
        NO_SUCH_SESSION,
        NO_TICKET
    }

    public static Admission refused(Verdict verdict) {
        return new Admission(verdict, 0, 0, 0, null);
    }

    public boolean admitted() {
        return verdict == Verdict.ADMITTED;
    }
}
