package org.hallway.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InviteTokensTest {

    @Test
    void tokensAreUrlSafeWellFormedAndDistinct() {
        var tokens = new HashSet<String>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(InviteTokens.next()));
        assertEquals(1000, tokens.size());
        tokens.forEach(t -> assertTrue(InviteTokens.wellFormed(t), t));
    }

    @Test
    void forgedShapesAreRejectedBeforeAnyLookup() {
        assertFalse(InviteTokens.wellFormed(null));
        assertFalse(InviteTokens.wellFormed(""));
        assertFalse(InviteTokens.wellFormed("' or 1=1 --"));
        assertFalse(InviteTokens.wellFormed("a".repeat(31)));
        assertFalse(InviteTokens.wellFormed("a".repeat(33)));
        assertFalse(InviteTokens.wellFormed("<script>alert(1)</script>aaaaaaa"));
    }
}
