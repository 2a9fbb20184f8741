package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.chat.control.ChatAccess;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ChatPeople;
import org.hallway.chat.control.ConversationRead;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.chat.control.Unread;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.Conversation;
import org.hallway.chat.entity.ReadMarker;
import org.hallway.networking.control.PersonBlocked;
import org.hallway.networking.entity.Block;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Private conversations between two attendees of an event, one transaction each: starting one
 * (also with the partner of a networking meeting), the caller's inbox with unread counts, read
 * markers, and blocking someone (no private messages either way, never matched again). Refusals
 * are {@link Refused}; committed facts leave as CDI events.
 */
@ApplicationScoped
public class Conversations {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatAccess access;

    @Inject
    ChatPeople people;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationRead> read;

    @Inject
    Event<PersonBlocked> blocked;

    /**
     * The private conversation between the caller and another attendee of the event, started now
     * if there is none; returns its id. Both need a ticket; a block either way refuses.
     */
    @Transactional
    public long converse(long eventId, long accountId, long otherId) {
        Account me = em.find(Account.class, accountId);
        if (!access.attends(me, eventId)) {
            throw new Refused(Refusal.NOT_ADMITTED);
        }
        if (otherId == accountId || !access.attends(em.find(Account.class, otherId), eventId)) {
            throw new Refused(Refusal.UNKNOWN_PERSON);
        }
        if (access.blockedEitherWay(eventId, accountId, otherId)) {
            throw new Refused(Refusal.BLOCKED);
        }
        return em.createNamedQuery(Conversation.OF_PAIR, Conversation.class)
                .setParameter("event", eventId)
                .setParameter("low", Math.min(accountId, otherId))
                .setParameter("high", Math.max(accountId, otherId))
                .getResultStream()
                .findFirst()
                .map(Conversation::getId)
                .orElseGet(() -> {
                    Conversation c = new Conversation(eventId, accountId, otherId, clock.instant());
                    em.persist(c);
                    em.flush();
                    em.persist(new ReadMarker(c.getId(), accountId, 0));
                    em.persist(new ReadMarker(c.getId(), otherId, 0));
                    return c.getId();
                });
    }

    /** The private conversation with the other party of one of the caller's networking meetings (the partner card's "Message"). */
    @Transactional
    public long converseWithPartner(long eventId, long accountId, long meetingId) {
        return converse(
                eventId,
                accountId,
                access.admit(em.find(Account.class, accountId), eventId, ChatChannel.meeting(meetingId))
                        .partnerId());
    }

    /** The caller's conversations at the event, the most recently active first. */
    @Transactional
    public List<ConversationSummary> conversations(long eventId, long accountId) {
        List<Conversation> mine = em.createNamedQuery(Conversation.OF_ACCOUNT, Conversation.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(Conversation::getId).toList();
        Map<Long, ChatLine> last = people
                .lines(em.createQuery(
                                "select m from ChatMessage m where m.channelKind = :kind"
                                        + " and m.channelId in :ids and m.id = (select max(n.id) from ChatMessage n"
                                        + " where n.channelKind = m.channelKind and n.channelId = m.channelId)",
                                ChatMessage.class)
                        .setParameter("kind", ChannelKind.CONVERSATION)
                        .setParameter("ids", ids)
                        .getResultList())
                .stream()
                .collect(Collectors.toMap(l -> l.channel().id(), l -> l));
        Map<Long, Person> partners =
                people.people(mine.stream().map(c -> c.partnerOf(accountId)).toList());
        Unread unread = unread(eventId, accountId);
        return mine.stream()
                .map(c -> new ConversationSummary(
                        c.getId(),
                        partners.get(c.partnerOf(accountId)),
                        last.get(c.getId()),
                        unread.byConversation().getOrDefault(c.getId(), 0)))
                .sorted((a, b) -> Long.compare(
                        b.last() == null ? b.id() : b.last().id(),
                        a.last() == null ? a.id() : a.last().id()))
                .toList();
    }

    /**
     * Unread private messages from others, per conversation (deleted ones do not count). A new
     * transaction: {@link ChatPush} asks after another one committed, and on WildFly that finished
     * transaction is still bound to the thread (joining it fails with "transaction is not active").
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Unread unread(long eventId, long accountId) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery(
                        "select r.conversationId, count(m) from ReadMarker r, ChatMessage m where r.accountId = :me"
                                + " and m.channelKind = :kind and m.channelId = r.conversationId and m.eventId = :event"
                                + " and m.senderId <> :me and m.deletedAt is null and m.id > r.lastReadId"
                                + " group by r.conversationId",
                        Object[].class)
                .setParameter("me", accountId)
                .setParameter("kind", ChannelKind.CONVERSATION)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return Unread.of(counts);
    }

    /** The caller has read the conversation up to message {@code upTo} (markers only move forward). */
    @Transactional
    public void markRead(long eventId, long accountId, long conversationId, long upTo) {
        access.admit(em.find(Account.class, accountId), eventId, ChatChannel.conversation(conversationId));
        long newest = em.createQuery(
                        "select coalesce(max(m.id), 0) from ChatMessage m where m.channelKind = :kind"
                                + " and m.channelId = :channel and m.id <= :upTo",
                        Long.class)
                .setParameter("kind", ChannelKind.CONVERSATION)
                .setParameter("channel", conversationId)
                .setParameter("upTo", upTo)
                .getSingleResult();
        ReadMarker marker = em.createNamedQuery(ReadMarker.OF, ReadMarker.class)
                .setParameter("conversation", conversationId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    ReadMarker fresh = new ReadMarker(conversationId, accountId, 0);
                    em.persist(fresh);
                    return fresh;
                });
        if (marker.advanceTo(newest)) {
            read.fire(new ConversationRead(eventId, accountId, conversationId));
        }
    }

    /** The caller blocks another attendee of the event: no private messages either way, never matched again. */
    @Transactional
    public void block(long eventId, long accountId, long otherId) {
        if (!access.attends(em.find(Account.class, accountId), eventId)) {
            throw new Refused(Refusal.NOT_ADMITTED);
        }
        if (otherId == accountId || em.find(Account.class, otherId) == null) {
            throw new Refused(Refusal.UNKNOWN_PERSON);
        }
        boolean fresh = em.createNamedQuery(Block.OF_PAIR, Block.class)
                .setParameter("event", eventId)
                .setParameter("blocker", accountId)
                .setParameter("blocked", otherId)
                .getResultList()
                .isEmpty();
        if (fresh) {
            em.persist(new Block(eventId, accountId, otherId, clock.instant()));
            blocked.fire(new PersonBlocked(eventId, accountId, otherId));
        }
    }
}
