package org.hallway.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void aMessageIsStoredTrimmedWithItsInnerLineBreaks() {
        assertEquals("Hello\nworld", MessageText.of("  Hello\nworld \n"));
    }

    @Test
    void aBlankOrMissingMessageIsRefused() {
        assertEquals(
                Refusal.INVALID_MESSAGE,
                assertThrows(Refused.class, () -> MessageText.of(" \n\t ")).refusal());
        assertEquals(
                Refusal.INVALID_MESSAGE,
                assertThrows(Refused.class, () -> MessageText.of(null)).refusal());
    }

    @Test
    void twoThousandCharactersAreAcceptedAndOneMoreIsRefused() {
        assertEquals(2000, MessageText.of("x".repeat(2000)).length());
        assertEquals(
                Refusal.INVALID_MESSAGE,
                assertThrows(Refused.class, () -> MessageText.of("x".repeat(2001)))
                        .refusal());
    }

    @Test
    void theLimitCountsTheTrimmedText() {
        assertEquals(2000, MessageText.of("  " + "x".repeat(2000) + "  ").length());
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefusedWithTheirOwnRefusalNamingThem() {
        Refused bell = assertThrows(Refused.class, () -> MessageText.of("bell\u0007 and again \u0007"));
        assertEquals(Refusal.CONTROL_CHARACTERS, bell.refusal());
        assertTrue(bell.getMessage().contains("contains U+0007 (BEL)."), bell.getMessage());
        Refused two = assertThrows(Refused.class, () -> MessageText.of("nul\u0000byte\u001b[31m"));
        assertEquals(Refusal.CONTROL_CHARACTERS, two.refusal());
        assertTrue(two.getMessage().contains("contains U+0000 (NULL), U+001B (ESCAPE)."), two.getMessage());
        assertEquals("a\tb\r\nc", MessageText.of("a\tb\r\nc"));
    }

    @Test
    void aMessageTooLongIsRefusedAsTooLongBeforeItsControlCharactersAreNamed() {
        assertEquals(
                Refusal.INVALID_MESSAGE,
                assertThrows(Refused.class, () -> MessageText.of("x".repeat(2001) + "\u0007"))
                        .refusal(),
                "too long is said first");
    }

    @Test
    void markupIsKeptAsPlainTextForTheBrowserToShowAsText() {
        assertEquals("<b>hi</b>", MessageText.of("<b>hi</b>"));
    }

    @Test
    void aReportNeedsAReasonOfAtMostOneThousandCharacters() {
        assertEquals("spam", MessageText.reason(" spam "));
        assertEquals(
                Refusal.INVALID_REASON,
                assertThrows(Refused.class, () -> MessageText.reason("")).refusal());
        assertEquals(
                Refusal.INVALID_REASON,
                assertThrows(Refused.class, () -> MessageText.reason("r".repeat(1001)))
                        .refusal());
    }
}
