package org.hallway.room.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.agenda.control.SessionContent;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;

/**
 * A session's room as one person sees it, mapped inside the transaction (no entities).
 *
 * @param moderator organiser or one of the session's moderators: sees the controls and hidden questions
 * @param backstage moderator or speaker: sees the backstage note
 * @param note      the backstage note, null unless {@code backstage}
 * @param presentCount people in the room now (open attendance rows)
 * @param present   who they are, for moderators only (empty for others)
 * @param pinned    what a moderator pinned above the stream (a question or a chat message), or null
 */
public record RoomView(
        long sessionId,
        long eventId,
        String eventSlug,
        String eventName,
        String timeZone,
        String name,
        String description,
        SessionType type,
        SessionState state,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        long startsAtMillis,
        List<String> speakers,
        SessionContent content,
        SessionContent preSessionVideo,
        Long preSessionImageId,
        Integer capacity,
        long seatsTaken,
        boolean moderator,
        boolean backstage,
        String note,
        List<Question> questions,
        int presentCount,
        List<Attendee> present,
        Pinned pinned)
        implements Serializable {

    /** The room's one pinned item: a question or a message of its chat. */
    public record Pinned(boolean question, long id, String text, String by) implements Serializable {}

    /** Someone in the room (shown to moderators, who may remove them). */
    public record Attendee(long id, String displayName) implements Serializable {}

    /** A question as the viewer sees it. */
    public record Question(
            long id,
            String text,
            String askedBy,
            int votes,
            boolean answered,
            boolean hidden,
            boolean pinned,
            boolean votedByMe,
            boolean mine)
            implements Serializable {}

    public boolean live() {
        return state == SessionState.LIVE;
    }
}
