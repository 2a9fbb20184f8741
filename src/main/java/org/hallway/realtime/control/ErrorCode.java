package org.hallway.realtime.control;

import java.util.EnumMap;
import java.util.Map;
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
    NOT_ADMITTED,
    TOO_MANY_CHANNELS,
    RATE_LIMITED,
    UNKNOWN_MESSAGE,
    INVALID_MESSAGE,
    CONTROL_CHARACTERS,
    INVALID_REASON,
    NOT_YOUR_MESSAGE,
    EDIT_WINDOW_OVER,
    NOT_A_MODERATOR,
    INVALID_MUTE,
    MUTED,
    BLOCKED,
    UNKNOWN_PERSON,
    INVALID_RATING,
    MEETING_NOT_OVER,
    /** Not a refusal: handling failed on the server (logged); the request may be sent again. */
    FAILED;

    /** The one table from refusals to wire codes; ErrorCodeTest checks every refusal has a row. */
    private static final Map<Refusal, ErrorCode> REFUSALS = new EnumMap<>(Map.ofEntries(
            Map.entry(Refusal.SESSION_NOT_LIVE, SESSION_NOT_LIVE),
            Map.entry(Refusal.IN_MEETING, IN_MEETING),
            Map.entry(Refusal.NOT_IN_MEETING, NOT_IN_MEETING),
            Map.entry(Refusal.NOT_YOUR_PARTNER, NOT_YOUR_PARTNER),
            Map.entry(Refusal.EXTENSION_NOT_OFFERED, EXTENSION_NOT_OFFERED),
            Map.entry(Refusal.LEAVE_TOO_EARLY, LEAVE_TOO_EARLY),
            Map.entry(Refusal.UNKNOWN_MEETING, UNKNOWN_MEETING),
            Map.entry(Refusal.INVALID, MALFORMED),
            Map.entry(Refusal.NOT_ADMITTED, NOT_ADMITTED),
            Map.entry(Refusal.TOO_MANY_CHANNELS, TOO_MANY_CHANNELS),
            Map.entry(Refusal.RATE_LIMITED, RATE_LIMITED),
            Map.entry(Refusal.UNKNOWN_MESSAGE, UNKNOWN_MESSAGE),
            Map.entry(Refusal.INVALID_MESSAGE, INVALID_MESSAGE),
            Map.entry(Refusal.CONTROL_CHARACTERS, CONTROL_CHARACTERS),
            Map.entry(Refusal.INVALID_REASON, INVALID_REASON),
            Map.entry(Refusal.NOT_YOUR_MESSAGE, NOT_YOUR_MESSAGE),
            Map.entry(Refusal.EDIT_WINDOW_OVER, EDIT_WINDOW_OVER),
            Map.entry(Refusal.NOT_A_MODERATOR, NOT_A_MODERATOR),
            Map.entry(Refusal.INVALID_MUTE, INVALID_MUTE),
            Map.entry(Refusal.MUTED, MUTED),
            Map.entry(Refusal.BLOCKED, BLOCKED),
            Map.entry(Refusal.UNKNOWN_PERSON, UNKNOWN_PERSON),
            Map.entry(Refusal.INVALID_RATING, INVALID_RATING),
            Map.entry(Refusal.MEETING_NOT_OVER, MEETING_NOT_OVER)));

    public String wire() {
        return WireNames.of(this);
    }

    /** The wire code of a refusal, from the one table. */
    public static ErrorCode of(Refusal refusal) {
        ErrorCode code = REFUSALS.get(refusal);
        if (code == null) {
            throw new IllegalStateException("No error code for the refusal " + refusal);
        }
        return code;
    }
}
