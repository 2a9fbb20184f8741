package org.hallway.room.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.room.control.RoomView;
import org.hallway.room.control.Rooms;

/**
 * The room's use cases, one transaction each; a {@link org.hallway.platform.Rejected} rolls it back.
 * Every one names the acting account, and {@link Rooms} checks what that account may do.
 */
@ApplicationScoped
public class RoomDesk {

    @Inject
    Rooms rooms;

    @Inject
    Agenda agenda;

    @Transactional
    public RoomView view(long sessionId, long accountId) {
        return rooms.view(sessionId, accountId);
    }

    /** Opens the room: a seat and an attendance row while the session is live. */
    @Transactional
    public RoomView enter(long sessionId, long accountId) {
        return rooms.enter(sessionId, accountId);
    }

    @Transactional
    public boolean leave(long sessionId, long accountId) {
        return rooms.leave(sessionId, accountId);
    }

    @Transactional
    public void ask(long sessionId, long accountId, String text) {
        rooms.ask(sessionId, accountId, text);
    }

    @Transactional
    public void upvote(long questionId, long accountId) {
        rooms.upvote(questionId, accountId);
    }

    @Transactional
    public void moderate(long questionId, long accountId, Rooms.Moderation action) {
        rooms.moderate(questionId, accountId, action);
    }

    /** Clears what is pinned above the stream (a question or a chat message). */
    @Transactional
    public void unpin(long sessionId, long accountId) {
        rooms.unpin(sessionId, accountId);
    }

    @Transactional
    public void remove(long sessionId, long moderatorId, long accountId) {
        rooms.remove(sessionId, moderatorId, accountId);
    }

    @Transactional
    public void writeNote(long sessionId, long accountId, String note) {
        rooms.writeNote(sessionId, accountId, note);
    }

    /** A moderator starts the session from its room (as organisers do from the session list). */
    @Transactional
    public SessionState start(long sessionId, long accountId) {
        AgendaSession session = rooms.moderated(sessionId, accountId);
        return agenda.start(session.getEvent(), sessionId).getState();
    }

    @Transactional
    public SessionState end(long sessionId, long accountId) {
        AgendaSession session = rooms.moderated(sessionId, accountId);
        return agenda.end(session.getEvent(), sessionId).getState();
    }
}
