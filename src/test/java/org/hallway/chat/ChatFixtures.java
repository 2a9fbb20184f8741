package org.hallway.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionSeat;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.MessageChanged;
import org.hallway.chat.control.MessagePosted;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.demo.DemoEvent;
import org.hallway.event.entity.Event;

/** Set-up and observations for the chat tests, inside the container. */
@ApplicationScoped
public class ChatFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final List<MessagePosted> posted = new CopyOnWriteArrayList<>();
    private final List<MessageChanged> changed = new CopyOnWriteArrayList<>();
    private final List<org.hallway.room.control.RoomChanged> roomChanges = new CopyOnWriteArrayList<>();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.hallway.room.control.RoomChanged event) {
        roomChanges.add(event);
    }

    /** What rooms announced after their commits (pins, questions, removals). */
    public List<org.hallway.room.control.RoomChanged> roomChanges() {
        return List.copyOf(roomChanges);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted event) {
        posted.add(event);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged event) {
        changed.add(event);
    }

    public List<MessagePosted> posted() {
        return List.copyOf(posted);
    }

    public List<MessageChanged> changed() {
        return List.copyOf(changed);
    }

    public long demoEventId() {
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult()
                .getId();
    }

    public long eventId(String slug) {
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", slug)
                .getSingleResult()
                .getId();
    }

    /** The demo event's session of that name (sessions have unique names in the demo). */
    public long demoSession(String name) {
        return em.createQuery(
                        "select s from AgendaSession s where s.event.slug = :slug and s.name = :name",
                        AgendaSession.class)
                .setParameter("slug", DemoEvent.SLUG)
                .setParameter("name", name)
                .setMaxResults(1)
                .getSingleResult()
                .getId();
    }

    @Transactional
    public void seat(long sessionId, long accountId) {
        em.persist(new SessionSeat(
                em.find(AgendaSession.class, sessionId), em.find(Account.class, accountId), LocalDateTime.now(clock)));
    }

    /** Gives the account a General ticket for the event of that slug. */
    @Transactional
    public void ticket(String slug, long accountId) {
        var type = em.createQuery(
                        "select t from TicketType t where t.event.slug = :slug and t.name = 'General'",
                        org.hallway.ticket.entity.TicketType.class)
                .setParameter("slug", slug)
                .getSingleResult();
        em.persist(new org.hallway.ticket.entity.Ticket(
                type, em.find(Account.class, accountId), LocalDateTime.now(clock)));
    }

    /** Stores messages as if sent one second apart, without the rate limit (history tests need many). */
    @Transactional
    public void messages(long eventId, ChatChannel channel, long senderId, int count, String prefix) {
        for (int i = 0; i < count; i++) {
            em.persist(new ChatMessage(
                    eventId,
                    channel.kind(),
                    channel.id(),
                    senderId,
                    prefix + i,
                    clock.instant().minusSeconds(count - i)));
        }
    }

    public long count(String jpql, Object... params) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }
}
