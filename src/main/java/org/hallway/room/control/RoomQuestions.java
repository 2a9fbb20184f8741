package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.control.MessagePinned;
import org.hallway.chat.control.PinnedMessages;
import org.hallway.platform.Rejected;
import org.hallway.room.entity.QuestionVote;
import org.hallway.room.entity.RoomQuestion;

/**
 * A session room's Q&A: asking, upvoting (once per person, never one's own), what a moderator does
 * with a question (answered, hidden, pinned), and the one pinned item per room (a question or a
 * chat message). Runs in the caller's transaction and refuses with {@link Rejected}.
 */
@ApplicationScoped
public class RoomQuestions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PinnedMessages pinnedMessages;

    @Inject
    RoomRules rules;

    public void ask(long sessionId, long accountId, String text) {
        Account account = rules.account(accountId);
        AgendaSession session = rules.admitted(sessionId, account, false);
        String question = text == null ? "" : text.strip();
        if (question.isEmpty()) {
            throw new Rejected("question", "Write your question first.");
        }
        if (question.length() > RoomQuestion.MAX_TEXT) {
            throw new Rejected("question", "A question may have at most " + RoomQuestion.MAX_TEXT + " characters.");
        }
        if (session.getState() == SessionState.ENDED) {
            throw new Rejected("question", "This session is over: questions are closed.");
        }
        em.persist(new RoomQuestion(sessionId, accountId, question, rules.now()));
        rules.announce(session, RoomChanged.What.QUESTIONS, 0);
    }

    /** One upvote per person and question; not of one's own question nor of a hidden one. */
    public void upvote(long questionId, long accountId) {
        Account account = rules.account(accountId);
        RoomQuestion question = em.find(RoomQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw Rejected.general("That question no longer exists.");
        }
        AgendaSession session = rules.admitted(question.getSessionId(), account, false);
        if (question.isHidden() && !RoomRules.moderates(session, account)) {
            throw Rejected.general("That question no longer exists.");
        }
        if (question.getAccountId() == accountId) {
            throw Rejected.general("You cannot upvote your own question.");
        }
        boolean voted = em.createQuery(
                                "select count(v) from QuestionVote v where v.questionId = :q " + "and v.accountId = :a",
                                Long.class)
                        .setParameter("q", questionId)
                        .setParameter("a", accountId)
                        .getSingleResult()
                > 0;
        if (voted) {
            throw Rejected.general("You upvoted this question already.");
        }
        em.persist(new QuestionVote(questionId, accountId));
        question.upvoted();
        Rejected.unlessFlushed(em, "You upvoted this question already.");
        rules.announce(session, RoomChanged.What.QUESTIONS, 0);
    }

    /** What a moderator does with a question. */
    public enum Moderation {
        ANSWERED,
        UNANSWERED,
        HIDE,
        SHOW,
        PIN,
        UNPIN
    }

    public void moderate(long questionId, long accountId, Moderation action) {
        Account account = rules.account(accountId);
        RoomQuestion question = em.find(RoomQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw Rejected.general("That question no longer exists.");
        }
        AgendaSession session = rules.admitted(question.getSessionId(), account, false);
        RoomRules.requireModerator(session, account);
        switch (action) {
            case ANSWERED, UNANSWERED -> question.markAnswered(action == Moderation.ANSWERED);
            case HIDE, SHOW -> question.hide(action == Moderation.HIDE);
            case PIN, UNPIN -> {
                if (action == Moderation.PIN) {
                    // one pinned item per room: the newest pin replaces the previous question or message
                    unpinQuestions(session.getId());
                    pinnedMessages.unpin(session.getId());
                }
                question.pin(action == Moderation.PIN && !question.isHidden());
            }
            default -> throw new IllegalArgumentException(String.valueOf(action));
        }
        rules.announce(session, RoomChanged.What.QUESTIONS, 0);
    }

    /** A moderator clears what is pinned above the stream (a question or a chat message). */
    public void unpin(long sessionId, long accountId) {
        AgendaSession session = rules.moderated(sessionId, accountId);
        unpinQuestions(sessionId);
        pinnedMessages.unpin(sessionId);
        rules.announce(session, RoomChanged.What.PINNED, 0);
    }

    /** A chat message pinned in the room replaces a pinned question (one pinned item per room). */
    void onMessagePinned(@Observes MessagePinned pinned) {
        AgendaSession session = em.find(AgendaSession.class, pinned.sessionId());
        if (session == null || session.getType() == SessionType.NETWORKING) {
            return;
        }
        if (pinned.messageId() != null) {
            unpinQuestions(pinned.sessionId());
        }
        rules.announce(session, RoomChanged.What.PINNED, 0);
    }

    private void unpinQuestions(long sessionId) {
        em.createNamedQuery(RoomQuestion.OF_SESSION, RoomQuestion.class)
                .setParameter("session", sessionId)
                .getResultList()
                .forEach(q -> q.pin(false));
    }
}
