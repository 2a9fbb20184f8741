package org.hallway.realtime.control;

/** A message refused before it reached the engine; {@code ref} is the message's id, when it had a readable one. */
public final class SignallingError extends RuntimeException {

    private final ErrorCode code;
    private final String ref;

    public SignallingError(ErrorCode code, String message, String ref) {
        super(message, null, false, false);
        this.code = code;
        this.ref = ref;
    }

    public ErrorCode code() {
        return code;
    }

    public String ref() {
        return ref;
    }
}
