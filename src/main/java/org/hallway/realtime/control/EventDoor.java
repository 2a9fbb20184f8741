package org.hallway.realtime.control;

/**
 * Who may open an event's socket, asked by its handshake, its endpoint and the page that opens it.
 * The answer is a feature's fact (tickets, organisers), so the floor asks through this one
 * interface and the ticket feature implements it: the floor imports no feature.
 */
public interface EventDoor {

    /** Whether an account may enter an event's realtime layer. */
    enum Verdict {
        ADMITTED,
        /** No such event, or one that is not open to this account: answered as not found. */
        NO_SUCH_EVENT,
        /** Nobody signed in, or no ticket for the event. */
        NO_TICKET
    }

    /** The verdict and, when admitted, who the socket belongs to. */
    record Admission(Verdict verdict, long accountId, long eventId, boolean organiser) {

        public static Admission refused(Verdict verdict) {
            return new Admission(verdict, 0, 0, false);
        }

        public boolean admitted() {
            return verdict == Verdict.ADMITTED;
        }

        public Caller caller(String socketId) {
            return new Caller(accountId, eventId, socketId, organiser);
        }
    }

    /** The verdict for the event of this slug and the account of this e-mail (null: nobody signed in). */
    Admission admit(String slug, String email);
}
