package org.hallway.realtime.control;

/**
 * Why a request over the event's realtime layer was refused; it changed nothing. The message is
 * shown to the person. Every feature refuses with a constant of this one enum, and each constant
 * has its wire code in {@link ErrorCode#of}'s table (a unit test keeps the table complete).
 */
public enum Refusal {
    SESSION_NOT_LIVE("This networking session is not live now."),
    IN_MEETING("You are already in a meeting."),
    NOT_IN_MEETING("You are not in a meeting."),
    NOT_YOUR_PARTNER("You can only send to your current partner."),
    EXTENSION_NOT_OFFERED("No extension is on offer now."),
    LEAVE_TOO_EARLY("You cannot leave this meeting yet."),
    UNKNOWN_MEETING("That is not one of your meetings in this session."),
    INVALID("That request is not valid."),
    NOT_ADMITTED("You may not join that channel."),
    TOO_MANY_CHANNELS("This connection follows too many channels already."),
    RATE_LIMITED("Too many messages: wait a moment."),
    // chat
    UNKNOWN_MESSAGE("There is no such message."),
    INVALID_MESSAGE("A message needs text of at most 2,000 characters."),
    CONTROL_CHARACTERS("A message cannot contain control characters (invisible characters other than line breaks"
            + " and tabs); remove them and send it again."),
    INVALID_REASON("A report needs a reason of at most 1,000 characters."),
    NOT_YOUR_MESSAGE("You can only change your own messages."),
    EDIT_WINDOW_OVER("Messages can only be changed within 5 minutes of sending."),
    NOT_A_MODERATOR("Only organisers and the session's moderators can do that."),
    INVALID_MUTE("A mute lasts from 1 minute to 24 hours and applies to someone else in a session's chat."),
    MUTED("You are muted in this chat for now."),
    BLOCKED("You cannot message this person."),
    UNKNOWN_PERSON("That person is not at this event."),
    // ratings after a networking meeting
    INVALID_RATING("A rating is 1 to 5 stars or none, and \"again\", \"never\" or nothing; not both empty."),
    MEETING_NOT_OVER("A meeting is rated once it has ended.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
