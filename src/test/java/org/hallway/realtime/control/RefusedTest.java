package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.junit.jupiter.api.Test;

class RefusedTest {

    @Test
    void aSocketRefusalReachesAPageAsOneGeneralViolationWithItsMessage() {
        List<Violation> violations = Rejected.attempt(() -> {
            throw new Refused(Refusal.BLOCKED);
        });
        assertEquals(List.of(Violation.general(Refusal.BLOCKED.message())), violations);
    }

    @Test
    void aRefusalWithItsOwnWordingKeepsItsCodeAndShowsThatWording() {
        var refused = new Refused(Refusal.INVALID, "Say something shorter.");
        assertEquals(Refusal.INVALID, refused.refusal());
        assertEquals("Say something shorter.", refused.getMessage());
        assertEquals(List.of("Say something shorter."), refused.messages());
    }
}
