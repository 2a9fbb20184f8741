package org.hallway.chat.control;

/**
 * Why a chat request was refused; it changed nothing. The realtime layer answers it as a typed
 * {@code error} (its code is this constant's wire name); pages show the message.
 */
public enum ChatRefusal {
    NOT_ADMITTED("You cannot read or write in this chat."),
    UNKNOWN_MESSAGE("There is no such message."),
    INVALID_MESSAGE("A message needs text of at most 2,000 characters."),
    INVALID_REASON("A report needs a reason of at most 1,000 characters."),
    NOT_YOUR_MESSAGE("You can only change your own messages."),
    EDIT_WINDOW_OVER("Messages can only be changed within 5 minutes of sending."),
    NOT_A_MODERATOR("Only organisers and the session's moderators can do that."),
    INVALID_MUTE("A mute lasts from 1 minute to 24 hours and applies to someone else in a session's chat."),
    MUTED("You are muted in this chat for now."),
    RATE_LIMITED("You are sending too fast: wait a few seconds."),
    BLOCKED("You cannot message this person."),
    UNKNOWN_PERSON("That person is not at this event.");

    private final String message;

    ChatRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
