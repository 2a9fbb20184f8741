package org.hallway.signalling.control;

/**
 * Thrown when a request is refused (by a channel gate, a message handler or the networking
 * engine); it changed nothing. The layer answers it with an {@code error} of the refusal's code.
 */
public final class Refused extends RuntimeException {

    private final Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refused(Refusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
