package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Seats;
import org.hallway.agenda.control.SessionContent;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.chat.control.PinnedMessages;
import org.hallway.platform.EventTimes;
import org.hallway.room.entity.Backstage;
import org.hallway.room.entity.QuestionVote;
import org.hallway.room.entity.RoomQuestion;

/**
 * A session's room as one person sees it: the session and its content, seats taken, Q&A ordered
 * for the viewer, who is present (for moderators), the backstage note (for moderators and
 * speakers) and the one pinned item. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RoomViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    PinnedMessages pinnedMessages;

    @Inject
    RoomRules rules;

    /** The room as the account sees it, without entering it. */
    public RoomView view(long sessionId, long accountId) {
        Account account = rules.account(accountId);
        return view(rules.admitted(sessionId, account, false), account);
    }

    public RoomView view(AgendaSession session, Account viewer) {
        boolean moderator = RoomRules.moderates(session, viewer);
        boolean backstage = RoomRules.backstage(session, viewer);
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
