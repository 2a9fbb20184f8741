package org.hallway.realtime.control;

import java.util.List;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * Thrown when a request is refused (by a channel gate, a message handler or the networking
 * engine); it changed nothing. The layer answers it with an {@code error} of the refusal's code.
 * A {@link Rejected} of the whole request, so a page that runs the same use case shows its message
 * through {@code Pages.attempt} like any other refusal.
 */
public final class Refused extends Rejected {

    private final Refusal refusal;

    public Refused(Refusal refusal) {
        this(refusal, refusal.message());
    }

    public Refused(Refusal refusal, String message) {
        super(List.of(Violation.general(message)));
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
