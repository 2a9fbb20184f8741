package org.hallway.chat.control;

import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.MessageReport;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/** The text rules of chat: plain text, trimmed, not blank, at most {@value ChatMessage#MAX_TEXT} characters. */
public final class MessageText {

    private MessageText() {}

    /**
     * The text as stored, or a refusal. Only the ends are trimmed: line breaks inside stay. Control
     * characters are refused with their own refusal, which names them: pasted text often carries
     * them unseen, so "at most 2,000 characters" would leave the sender guessing.
     */
    public static String of(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ChatMessage.MAX_TEXT) {
            throw new Refused(Refusal.INVALID_MESSAGE);
        }
        String controls = controls(trimmed);
        if (!controls.isEmpty()) {
            throw new Refused(
                    Refusal.CONTROL_CHARACTERS,
                    "A message cannot contain control characters (invisible"
                            + " characters other than line breaks and tabs); this one contains " + controls
                            + ". Remove them and send it again.");
        }
        return trimmed;
    }

    /** The distinct control characters of the text, named as "U+0007 (BEL)", comma-separated; empty when none. */
    static String controls(String text) {
        return text.chars()
                .filter(MessageText::isControl)
                .distinct()
                .limit(5)
                .mapToObj(c -> String.format("U+%04X", c)
                        + (Character.getName(c) == null ? "" : " (" + Character.getName(c) + ")"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A report's reason, trimmed, not blank, at most {@value MessageReport#MAX_REASON} characters. */
    public static String reason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MessageReport.MAX_REASON || hasControl(trimmed)) {
            throw new Refused(Refusal.INVALID_REASON);
        }
        return trimmed;
    }

    // Control characters other than line breaks and tabs have no place in a chat line (and can hide text).
    private static boolean hasControl(String text) {
        return text.chars().anyMatch(MessageText::isControl);
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }
}
