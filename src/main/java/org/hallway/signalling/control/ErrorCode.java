package org.hallway.signalling.control;

import org.hallway.networking.control.Refusal;
import org.hallway.platform.WireNames;

/** The {@code code} of an {@code error} message (docs/protocol.md, "Errors"). */
public enum ErrorCode {
    MALFORMED,
    UNKNOWN_TYPE,
    TOO_LARGE,
    SESSION_NOT_LIVE,
    IN_MEETING,
    NOT_IN_MEETING,
    NOT_YOUR_PARTNER,
    EXTENSION_NOT_OFFERED,
    LEAVE_TOO_EARLY,
    UNKNOWN_MEETING,
    RATE_LIMITED;

    public String wire() {
        return WireNames.of(this);
    }

    /** The wire code of an engine refusal; an invalid request is a malformed message. */
    public static ErrorCode of(Refusal refusal) {
        return refusal == Refusal.INVALID ? MALFORMED : valueOf(refusal.name());
    }
}
