package org.hallway.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    static final ChatChannel ROOM = ChatChannel.session(42);
    static final ChatChannel OTHER_ROOM = ChatChannel.session(43);

    final RateLimit limit = new RateLimit(5, 5_000);

    @Test
    void fiveMessagesInFiveSecondsPassAndTheSixthIsRefused() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.tryAcquire(1, ROOM, 1_000 + i * 100L), "message " + (i + 1));
        }
        assertFalse(limit.tryAcquire(1, ROOM, 1_500));
    }

    @Test
    void theWindowSlidesSoTheOldestMessageFreesASlotFiveSecondsLater() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(1, ROOM, 1_000 + i * 1_000L);
        }
        assertFalse(limit.tryAcquire(1, ROOM, 5_999), "the first message is still inside the window");
        assertTrue(limit.tryAcquire(1, ROOM, 6_000), "the first message left the window");
        assertFalse(limit.tryAcquire(1, ROOM, 6_500));
    }

    @Test
    void aRefusedMessageDoesNotCountAgainstTheSender() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(1, ROOM, 1_000);
        }
        for (int i = 0; i < 20; i++) {
            assertFalse(limit.tryAcquire(1, ROOM, 2_000 + i));
        }
        assertTrue(limit.tryAcquire(1, ROOM, 6_000), "only the five accepted messages filled the window");
    }

    @Test
    void theLimitIsPerPersonAndPerChannel() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(1, ROOM, 1_000);
        }
        assertTrue(limit.tryAcquire(2, ROOM, 1_000), "someone else in the same room");
        assertTrue(limit.tryAcquire(1, OTHER_ROOM, 1_000), "the same person in another room");
    }

    @Test
    void idleWindowsAreForgottenSoMemoryFollowsTheActiveSenders() {
        limit.tryAcquire(1, ROOM, 1_000);
        limit.tryAcquire(2, ROOM, 4_000);
        limit.forgetIdle(7_000);
        assertEquals(1, limit.tracked(), "only the window with a message inside the last 5 s is kept");
    }

    @Test
    void aLimitWithoutRoomIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 5_000));
    }
}
