package org.hallway.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.Conversation;
import org.hallway.event.entity.Event;
import org.hallway.networking.entity.Meeting;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.hallway.ticket.control.Admissions;

/**
 * Who may read and write in which chat channel of an event. A session's chat: organisers, the
 * session's moderators and speakers, and ticket holders with a seat in it (for a networking session,
 * its admission is the ticket); a private conversation: its two parties; a meeting's chat: the two
 * who met. Every channel is checked against the caller's event, so an id from another event is
 * refused like an unknown one. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChatAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions tickets;

    /** What the chat of an ended session's room says to someone who was not in it. */
    public static final String ENDED_ROOM = "This session is over: its chat was for the people in the room.";
    /** ... and before the session starts. */
    public static final String ROOM_NOT_OPEN_YET = "The chat opens when the session starts.";

    /** The caller admitted to the channel, or {@link Refusal#NOT_ADMITTED}. */
    public Admitted admit(Account caller, long eventId, ChatChannel channel) {
        Event event = em.find(Event.class, eventId);
        if (caller == null || !tickets.mayEnter(caller, event).admitted()) {
            throw new Refused(Refusal.NOT_ADMITTED);
        }
        long me = caller.getId();
        return switch (channel.kind()) {
            case SESSION -> session(caller, eventId, channel);
            case CONVERSATION -> {
                Conversation c = em.find(Conversation.class, channel.id());
                if (c == null || c.getEventId() != eventId || !c.involves(me)) {
                    throw new Refused(Refusal.NOT_ADMITTED);
                }
                yield new Admitted(me, channel, false, c.partnerOf(me));
            }
            case MEETING -> {
                Meeting m = em.find(Meeting.class, channel.id());
                if (m == null || m.getEventId() != eventId || !m.involves(me)) {
                    throw new Refused(Refusal.NOT_ADMITTED);
                }
                yield new Admitted(me, channel, false, m.partnerOf(me));
            }
        };
    }

    private Admitted session(Account caller, long eventId, ChatChannel channel) {
        AgendaSession session = em.find(AgendaSession.class, channel.id());
        if (session == null || session.getEvent().getId() != eventId) {
            throw new Refused(Refusal.NOT_ADMITTED);
        }
        long me = caller.getId();
        if (caller.isOrganiser() || moderates(me, session.getId())) {
            return new Admitted(me, channel, true, null);
        }
        boolean admitted = session.getType() == SessionType.NETWORKING
                || speaks(me, session.getId())
                || seated(me, session.getId());
        if (!admitted) {
            // the room's chat says why in words: the generic refusal read as an error on an ended room
            throw switch (session.getState()) {
                case ENDED -> new Refused(Refusal.NOT_ADMITTED, ENDED_ROOM);
                case SCHEDULED -> new Refused(Refusal.NOT_ADMITTED, ROOM_NOT_OPEN_YET);
                default -> new Refused(Refusal.NOT_ADMITTED);
            };
        }
        return new Admitted(me, channel, false, null);
    }

    public boolean moderates(long accountId, long sessionId) {
        return em.createQuery(
                                "select count(s) from AgendaSession s join s.moderators m"
                                        + " where s.id = :session and m.id = :account",
                                Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    private boolean speaks(long accountId, long sessionId) {
        return em.createQuery(
                                "select count(s) from AgendaSession s join s.speakers p"
                                        + " where s.id = :session and p.id = :account",
                                Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    private boolean seated(long accountId, long sessionId) {
        return em.createQuery(
                                "select count(s) from SessionSeat s where s.session.id = :session"
                                        + " and s.account.id = :account",
                                Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    /** A message and the caller's admission to its channel. */
    public record Seen(ChatMessage message, Admitted admitted) {}

    /** The message with the caller's admission to its channel; refused as unknown when the caller may not see it. */
    public Seen visible(long eventId, long accountId, long messageId) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null || message.getEventId() != eventId || message.isDeleted()) {
            throw new Refused(Refusal.UNKNOWN_MESSAGE);
        }
        try {
            return new Seen(
                    message,
                    admit(
                            em.find(Account.class, accountId),
                            eventId,
                            new ChatChannel(message.getChannelKind(), message.getChannelId())));
        } catch (Refused notAdmitted) {
            throw new Refused(Refusal.UNKNOWN_MESSAGE);
        }
    }

    /** Whether either of the two blocked the other in this event (networking's block stops private messages too). */
    public boolean blockedEitherWay(long eventId, long one, long other) {
        return em.createQuery(
                                "select count(b) from Block b where b.eventId = :event and ((b.blockerId = :one"
                                        + " and b.blockedId = :other) or (b.blockerId = :other and b.blockedId = :one))",
                                Long.class)
                        .setParameter("event", eventId)
                        .setParameter("one", one)
                        .setParameter("other", other)
                        .getSingleResult()
                > 0;
    }

    /** Whether the account may hold a private conversation at the event: a ticket (organisers too need one). */
    public boolean attends(Account account, long eventId) {
        Event event = em.find(Event.class, eventId);
        return account != null
                && event != null
                && event.shownTo(account.isOrganiser())
                && tickets.holdsTicket(account, event);
    }
}
