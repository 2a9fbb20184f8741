package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    /** The codes docs/protocol.md lists under "Errors". */
    static final Set<String> DOCUMENTED = Set.of(
            "malformed",
            "unknown-type",
            "too-large",
            "session-not-live",
            "in-meeting",
            "not-in-meeting",
            "not-your-partner",
            "extension-not-offered",
            "leave-too-early",
            "unknown-meeting",
            "not-admitted",
            "too-many-channels",
            "rate-limited",
            "failed",
            // chat (docs/protocol.md, "Chat's error codes")
            "unknown-message",
            "invalid-message",
            "control-characters",
            "invalid-reason",
            "not-your-message",
            "edit-window-over",
            "not-a-moderator",
            "invalid-mute",
            "muted",
            "blocked",
            "unknown-person",
            // ratings after a networking meeting
            "invalid-rating",
            "meeting-not-over");

    @Test
    void everyRefusalMapsToADocumentedErrorCodeThroughTheTable() {
        for (Refusal refusal : Refusal.values()) {
            assertTrue(DOCUMENTED.contains(ErrorCode.of(refusal).wire()), refusal.name());
        }
    }

    @Test
    void anInvalidRequestIsMalformedAndTheOthersKeepTheirName() {
        assertEquals(ErrorCode.MALFORMED, ErrorCode.of(Refusal.INVALID));
        assertEquals(ErrorCode.NOT_IN_MEETING, ErrorCode.of(Refusal.NOT_IN_MEETING));
        assertEquals(ErrorCode.NOT_ADMITTED, ErrorCode.of(Refusal.NOT_ADMITTED));
        assertEquals(ErrorCode.RATE_LIMITED, ErrorCode.of(Refusal.RATE_LIMITED));
    }

    @Test
    void aServerFailureIsNoRefusal() {
        assertTrue(Arrays.stream(Refusal.values()).noneMatch(r -> ErrorCode.of(r) == ErrorCode.FAILED));
    }

    @Test
    void theErrorCodesAreExactlyTheDocumentedOnes() {
        assertEquals(
                DOCUMENTED,
                Arrays.stream(ErrorCode.values()).map(ErrorCode::wire).collect(Collectors.toSet()));
    }
}
