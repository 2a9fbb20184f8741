package org.hallway.chat.control;

import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.MessageReport;
import org.hallway.signalling.control.Refusal;
import org.hallway.signalling.control.Refused;

/** The text rules of chat: plain text, trimmed, not blank, at most {@value ChatMessage#MAX_TEXT} characters. */
public final class MessageText {

    private MessageText() {
    }

    /** The text as stored, or a refusal. Only the ends are trimmed: line breaks inside stay. */
    public static String of(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ChatMessage.MAX_TEXT || hasControl(trimmed)) {
            throw new Refused(Refusal.INVALID_MESSAGE);
        }
        return trimmed;
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
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
