package org.hallway.realtime.control;

/**
 * A message refused by the protocol itself (not JSON, an unknown type, a field of the wrong type)
 * before any feature judged it; {@code ref} is the message's id, when it had a readable one.
 */
public final class ProtocolError extends RuntimeException {

    private final ErrorCode code;
    private final String ref;

    public ProtocolError(ErrorCode code, String message, String ref) {
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
