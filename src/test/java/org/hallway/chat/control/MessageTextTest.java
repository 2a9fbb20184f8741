package org.hallway.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void aMessageIsStoredTrimmedWithItsInnerLineBreaks() {
        assertEquals("Hello\nworld", MessageText.of("  Hello\nworld \n"));
    }

    @Test
    void aBlankOrMissingMessageIsRefused() {
        assertEquals(ChatRefusal.INVALID_MESSAGE, assertThrows(ChatRefused.class, () -> MessageText.of(" \n\t ")).refusal());
        assertEquals(ChatRefusal.INVALID_MESSAGE, assertThrows(ChatRefused.class, () -> MessageText.of(null)).refusal());
    }

    @Test
    void twoThousandCharactersAreAcceptedAndOneMoreIsRefused() {
        assertEquals(2000, MessageText.of("x".repeat(2000)).length());
        assertEquals(ChatRefusal.INVALID_MESSAGE,
                assertThrows(ChatRefused.class, () -> MessageText.of("x".repeat(2001))).refusal());
    }

    @Test
    void theLimitCountsTheTrimmedText() {
        assertEquals(2000, MessageText.of("  " + "x".repeat(2000) + "  ").length());
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        assertThrows(ChatRefused.class, () -> MessageText.of("bell\u0007"));
        assertThrows(ChatRefused.class, () -> MessageText.of("nul\u0000byte"));
        assertEquals("a\tb", MessageText.of("a\tb"));
    }

    @Test
    void markupIsKeptAsPlainTextForTheBrowserToShowAsText() {
        assertEquals("<b>hi</b>", MessageText.of("<b>hi</b>"));
    }

    @Test
    void aReportNeedsAReasonOfAtMostOneThousandCharacters() {
        assertEquals("spam", MessageText.reason(" spam "));
        assertEquals(ChatRefusal.INVALID_REASON, assertThrows(ChatRefused.class, () -> MessageText.reason("")).refusal());
        assertEquals(ChatRefusal.INVALID_REASON,
                assertThrows(ChatRefused.class, () -> MessageText.reason("r".repeat(1001))).refusal());
    }
}
