package org.hallway.room.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.room.control.BackstageNotes;
import org.hallway.room.control.RoomQuestions;
import org.hallway.room.control.RoomRules;
import org.hallway.room.control.RoomView;
import org.hallway.room.control.RoomViews;
import org.hallway.room.control.RoomVisits;

/**
 * The room's use cases, one transaction each; a {@link org.hallway.platform.Rejected} rolls it back.
 * Every one names the acting account, and the room's control ({@link RoomRules}) checks what that account may do.
 */
@ApplicationScoped
public class RoomDesk {

    @Inject
    RoomRules rules;

    @Inject
    RoomViews views;

    @Inject
    RoomVisits visits;

    @Inject
    RoomQuestions questions;

    @Inject
    BackstageNotes notes;

    @Inject
    Agenda agenda;

    @Transactional
    public RoomView view(long sessionId, long accountId) {
        return views.view(sessionId, accountId);
    }

    /** Opens the room: a seat and an attendance row while the session is live. */
    @Transactional
    public RoomView enter(long sessionId, long accountId) {
        return visits.enter(sessionId, accountId);
    }

    @Transactional
    public boolean leave(long sessionId, long accountId) {
        return visits.leave(sessionId, accountId);
    }

    @Transactional
    public void ask(long sessionId, long accountId, String text) {
        questions.ask(sessionId, accountId, text);
    }

    @Transactional
    public void upvote(long questionId, long accountId) {
        questions.upvote(questionId, accountId);
    }

    @Transactional
    public void moderate(long questionId, long accountId, RoomQuestions.Moderation action) {
        questions.moderate(questionId, accountId, action);
    }

    /** Clears what is pinned above the stream (a question or a chat message). */
    @Transactional
    public void unpin(long sessionId, long accountId) {
        questions.unpin(sessionId, accountId);
    }

    @Transactional
    public void remove(long sessionId, long moderatorId, long accountId) {
        visits.remove(sessionId, moderatorId, accountId);
    }

    @Transactional
    public void writeNote(long sessionId, long accountId, String note) {
        notes.writeNote(sessionId, accountId, note);
    }

    /** A moderator starts the session from its room (as organisers do from the session list). */
    @Transactional
    public SessionState start(long sessionId, long accountId) {
        AgendaSession session = rules.moderated(sessionId, accountId);
        return agenda.start(session.getEvent(), sessionId).getState();
    }

    @Transactional
    public SessionState end(long sessionId, long accountId) {
        AgendaSession session = rules.moderated(sessionId, accountId);
        return agenda.end(session.getEvent(), sessionId).getState();
    }
}
