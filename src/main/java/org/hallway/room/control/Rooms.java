package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Seats;
import org.hallway.agenda.control.SessionContent;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.control.MessagePinned;
import org.hallway.chat.control.PinnedMessages;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;
import org.hallway.room.entity.Backstage;
import org.hallway.room.entity.QuestionVote;
import org.hallway.room.entity.RoomQuestion;
import org.hallway.room.entity.RoomRemoval;
import org.hallway.room.entity.RoomVisit;
import org.hallway.ticket.control.Admissions;

/**
 * A session's room: who may be in it, entering (a seat within capacity and an attendance row
 * while it is live) and leaving, Q&A, removing a person, the backstage note. Runs in the
 * caller's transaction and refuses with {@link Rejected}; everything is checked here, never only
 * on the page: an attendee's request to pin, hide or remove is refused like any other.
 */
@ApplicationScoped
public class Rooms {

    public static final String NO_SUCH_ROOM = "There is no such session.";
    public static final String REMOVED = "A moderator removed you from this session: you cannot join it again.";
    public static final String MODERATORS_ONLY = "Only the session's moderators and organisers can do that.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    Admissions admissions;

    @Inject
    Clock clock;

    @Inject
    Event<RoomChanged> changed;

    @Inject
    PinnedMessages pinnedMessages;

    /** The room as the account sees it, without entering it. */
    public RoomView view(long sessionId, long accountId) {
        Account account = account(accountId);
        return view(admitted(sessionId, account, false), account);
    }

    /**
     * Enters the room: while the session is live, an attendee takes a seat (refused when full) and
     * an attendance row opens unless one is open already (a reload or a second tab).
     */
    public RoomView enter(long sessionId, long accountId) {
        Account account = account(accountId);
        AgendaSession session = admitted(sessionId, account, true);
        if (session.isLive()) {
            if (!staff(session, account)) {
                seats.join(sessionId, account);
            }
            if (openVisits(sessionId, accountId).isEmpty()) {
                em.persist(new RoomVisit(sessionId, accountId, now()));
            }
        }
        return view(session, account);
    }

    /** Leaves the room: the attendance row closes and the seat is free again. False when not in it. */
    public boolean leave(long sessionId, long accountId) {
        List<RoomVisit> open = openVisits(sessionId, accountId);
        LocalDateTime now = now();
        open.forEach(v -> v.leave(now));
        boolean released = seats.release(sessionId, accountId);
        return released || !open.isEmpty();
    }

    public void ask(long sessionId, long accountId, String text) {
        Account account = account(accountId);
        AgendaSession session = admitted(sessionId, account, false);
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
        em.persist(new RoomQuestion(sessionId, accountId, question, now()));
        announce(session, RoomChanged.What.QUESTIONS, 0);
    }

    /** One upvote per person and question; not of one's own question nor of a hidden one. */
    public void upvote(long questionId, long accountId) {
        Account account = account(accountId);
        RoomQuestion question = em.find(RoomQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw Rejected.general("That question no longer exists.");
        }
        AgendaSession session = admitted(question.getSessionId(), account, false);
        if (question.isHidden() && !moderates(session, account)) {
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
        announce(session, RoomChanged.What.QUESTIONS, 0);
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
        Account account = account(accountId);
        RoomQuestion question = em.find(RoomQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw Rejected.general("That question no longer exists.");
        }
        AgendaSession session = admitted(question.getSessionId(), account, false);
        requireModerator(session, account);
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
        announce(session, RoomChanged.What.QUESTIONS, 0);
    }

    /** A moderator clears what is pinned above the stream (a question or a chat message). */
    public void unpin(long sessionId, long accountId) {
        AgendaSession session = moderated(sessionId, accountId);
        unpinQuestions(sessionId);
        pinnedMessages.unpin(sessionId);
        announce(session, RoomChanged.What.PINNED, 0);
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
        announce(session, RoomChanged.What.PINNED, 0);
    }

    private void unpinQuestions(long sessionId) {
        em.createNamedQuery(RoomQuestion.OF_SESSION, RoomQuestion.class)
                .setParameter("session", sessionId)
                .getResultList()
                .forEach(q -> q.pin(false));
    }

    /** Removes a person from the room for good: their seat is released and they cannot enter again. */
    public void remove(long sessionId, long moderatorId, long accountId) {
        Account moderator = account(moderatorId);
        AgendaSession session = admitted(sessionId, moderator, true);
        requireModerator(session, moderator);
        Account removed = em.find(Account.class, accountId);
        if (removed == null) {
            throw Rejected.general("There is no such person.");
        }
        if (moderates(session, removed)) {
            throw Rejected.general("Moderators and organisers cannot be removed from a room.");
        }
        if (!removed(sessionId, accountId)) {
            em.persist(new RoomRemoval(sessionId, accountId, now(), moderatorId));
        }
        leave(sessionId, accountId);
        announce(session, RoomChanged.What.REMOVED, accountId);
    }

    public void writeNote(long sessionId, long accountId, String note) {
        Account account = account(accountId);
        AgendaSession session = admitted(sessionId, account, false);
        if (!backstage(session, account)) {
            throw Rejected.general("Only the session's moderators and speakers see the backstage note.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > Backstage.MAX_NOTE) {
            throw new Rejected("note", "The note may have at most " + Backstage.MAX_NOTE + " characters.");
        }
        Backstage backstage = em.createNamedQuery(Backstage.OF, Backstage.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (backstage == null) {
            backstage = new Backstage(sessionId);
            em.persist(backstage);
        }
        backstage.write(text);
        Rejected.unlessFlushed(em, Rejected.NOT_SAVED);
    }

    /** The session, when the account may moderate its room; else refused. */
    public AgendaSession moderated(long sessionId, long accountId) {
        Account account = account(accountId);
        AgendaSession session = admitted(sessionId, account, false);
        requireModerator(session, account);
        return session;
    }

    /** A session that ends closes every attendance row of its room (in the same transaction). */
    void onSessionStateChanged(@Observes SessionStateChanged change) {
        if (change.state() == SessionState.ENDED) {
            LocalDateTime now = now();
            em.createNamedQuery(RoomVisit.OF_SESSION, RoomVisit.class)
                    .setParameter("session", change.sessionId())
                    .getResultList()
                    .forEach(v -> v.leave(now));
        }
    }

    /** The room's attendance so far. */
    public AttendanceSummary attendance(long sessionId) {
        return AttendanceSummary.of(
                em
                        .createNamedQuery(RoomVisit.OF_SESSION, RoomVisit.class)
                        .setParameter("session", sessionId)
                        .getResultList()
                        .stream()
                        .map(v -> new AttendanceSummary.Visit(v.getAccountId(), v.getEnteredAt(), v.getLeftAt()))
                        .toList(),
                now());
    }

    /** Attendance of every session of the event that had visitors, by session id. */
    public Map<Long, AttendanceSummary> attendanceOf(long eventId) {
        Map<Long, List<AttendanceSummary.Visit>> visits = new HashMap<>();
        em.createQuery(
                        "select v from RoomVisit v, AgendaSession s where v.sessionId = s.id and s.event.id = :event",
                        RoomVisit.class)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(v -> visits.computeIfAbsent(v.getSessionId(), k -> new java.util.ArrayList<>())
                        .add(new AttendanceSummary.Visit(v.getAccountId(), v.getEnteredAt(), v.getLeftAt())));
        LocalDateTime now = now();
        Map<Long, AttendanceSummary> summaries = new HashMap<>();
        visits.forEach((session, list) -> summaries.put(session, AttendanceSummary.of(list, now)));
        return summaries;
    }

    /** Whether the account may follow the room's channel: the same rule as entering, without a seat. */
    public boolean mayFollow(long sessionId, long eventId, long accountId) {
        try {
            AgendaSession session = admitted(sessionId, account(accountId), false);
            return session.getEvent().getId() == eventId;
        } catch (Rejected e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- rules

    private AgendaSession admitted(long sessionId, Account account, boolean lock) {
        AgendaSession session = lock
                ? em.find(AgendaSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AgendaSession.class, sessionId);
        if (session == null || session.getType() == SessionType.NETWORKING) {
            throw Rejected.general(NO_SUCH_ROOM);
        }
        switch (admissions.mayEnter(account, session.getEvent())) {
            case NO_SUCH_EVENT -> throw Rejected.general(NO_SUCH_ROOM);
            case NO_TICKET -> throw Rejected.general(Seats.NO_TICKET);
            case ADMITTED -> {}
        }
        if (removed(sessionId, account.getId())) {
            throw Rejected.general(REMOVED);
        }
        return session;
    }

    private boolean removed(long sessionId, long accountId) {
        return em.createNamedQuery(RoomRemoval.COUNT, Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    private static boolean moderates(AgendaSession session, Account account) {
        return account.isOrganiser() || session.getModerators().contains(account);
    }

    private static boolean backstage(AgendaSession session, Account account) {
        return moderates(session, account) || session.getSpeakers().contains(account);
    }

    /** Moderators and speakers take no seat: capacity is for the audience. */
    private static boolean staff(AgendaSession session, Account account) {
        return backstage(session, account);
    }

    private static void requireModerator(AgendaSession session, Account account) {
        if (!moderates(session, account)) {
            throw Rejected.general(MODERATORS_ONLY);
        }
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Rejected.general(NO_SUCH_ROOM);
        }
        return account;
    }

    private List<RoomVisit> openVisits(long sessionId, long accountId) {
        return em.createNamedQuery(RoomVisit.OPEN, RoomVisit.class)
                .setParameter("session", sessionId)
                .setParameter("account", accountId)
                .getResultList();
    }

    private void announce(AgendaSession session, RoomChanged.What what, long accountId) {
        em.flush();
        changed.fire(new RoomChanged(session.getId(), session.getEvent().getId(), what, accountId));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private RoomView view(AgendaSession session, Account viewer) {
        boolean moderator = moderates(session, viewer);
        boolean backstage = backstage(session, viewer);
        var event = session.getEvent();
        var present = present(session.getId());
        String note = !backstage
                ? null
                : em.createNamedQuery(Backstage.OF, Backstage.class)
                        .setParameter("session", session.getId())
                        .getResultStream()
                        .findFirst()
                        .map(Backstage::getNote)
                        .orElse(null);
        List<RoomView.Question> questions = questions(session.getId(), viewer.getId(), moderator);
        return new RoomView(
                session.getId(),
                event.getId(),
                event.getSlug(),
                event.getName(),
                event.getTimeZone(),
                session.getName(),
                session.getDescription(),
                session.getType(),
                session.getState(),
                session.getStartsAt(),
                session.getEndsAt(),
                EventTimes.epochMillis(session.getStartsAt(), event.zone()),
                session.getSpeakers().stream()
                        .map(Account::getDisplayName)
                        .sorted()
                        .toList(),
                SessionContent.stored(session.getContentKind(), session.getContentUrl()),
                SessionContent.stored(
                        session.getPreSessionVideoUrl() == null ? null : kindOf(session.getPreSessionVideoUrl()),
                        session.getPreSessionVideoUrl()),
                session.getPreSessionImageId(),
                session.getCapacity(),
                seats.taken(session),
                moderator,
                backstage,
                note,
                questions,
                present.size(),
                moderator ? present : List.of(),
                pinned(session.getId(), questions));
    }

    /** The pinned question (hidden ones are never pinned), else the chat's pinned message. */
    private RoomView.Pinned pinned(long sessionId, List<RoomView.Question> questions) {
        return questions.stream()
                .filter(q -> q.pinned() && !q.hidden())
                .findFirst()
                .map(q -> new RoomView.Pinned(true, q.id(), q.text(), q.askedBy()))
                .or(() -> pinnedMessages
                        .of(sessionId)
                        .map(m -> new RoomView.Pinned(
                                false,
                                m.id(),
                                m.text(),
                                m.sender() == null ? "Someone" : m.sender().displayName())))
                .orElse(null);
    }

    /** The people with an open attendance row, by name. */
    private List<RoomView.Attendee> present(long sessionId) {
        return em
                .createQuery(
                        "select distinct a.id, a.displayName from RoomVisit v, Account a "
                                + "where v.accountId = a.id and v.sessionId = :session and v.leftAt is null",
                        Object[].class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .map(row -> new RoomView.Attendee((Long) row[0], (String) row[1]))
                .sorted(Comparator.comparing(RoomView.Attendee::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The stored pre-session video's kind (it was checked as a video on save). */
    private static org.hallway.agenda.entity.ContentKind kindOf(String url) {
        return org.hallway.agenda.control.ContentRules.videoKind(url);
    }

    private List<RoomView.Question> questions(long sessionId, long viewerId, boolean moderator) {
        List<RoomQuestion> all = em
                .createNamedQuery(RoomQuestion.OF_SESSION, RoomQuestion.class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .filter(q -> moderator || !q.isHidden())
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = new HashSet<>(em.createNamedQuery(QuestionVote.BY, Long.class)
                .setParameter("session", sessionId)
                .setParameter("account", viewerId)
                .getResultList());
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter(
                        "ids",
                        all.stream().map(RoomQuestion::getAccountId).distinct().toList())
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return all.stream()
                .sorted(Comparator.comparing(RoomQuestion::isPinned)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(RoomQuestion::getVotes).reversed())
                        .thenComparing(RoomQuestion::getAskedAt)
                        .thenComparing(RoomQuestion::getId))
                .map(q -> new RoomView.Question(
                        q.getId(),
                        q.getText(),
                        names.getOrDefault(q.getAccountId(), "Someone"),
                        q.getVotes(),
                        q.isAnswered(),
                        q.isHidden(),
                        q.isPinned(),
                        mine.contains(q.getId()),
                        q.getAccountId() == viewerId))
                .toList();
    }
}
