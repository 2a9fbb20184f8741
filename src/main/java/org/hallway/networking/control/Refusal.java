package org.hallway.networking.control;

/** Why a networking request was refused; it changed nothing. The message is shown to the attendee. */
public enum Refusal {
    SESSION_NOT_LIVE("This networking session is not live now."),
    IN_MEETING("You are already in a meeting."),
    NOT_IN_MEETING("You are not in a meeting."),
    NOT_YOUR_PARTNER("You can only send to your current partner."),
    EXTENSION_NOT_OFFERED("No extension is on offer now."),
    LEAVE_TOO_EARLY("You cannot leave this meeting yet."),
    UNKNOWN_MEETING("That is not one of your meetings in this session."),
    INVALID("That request is not valid.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
