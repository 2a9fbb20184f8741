package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.control.Admitted;
import org.hallway.chat.control.ChatAccess;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ChatPeople;
import org.hallway.chat.control.MessagePinned;
import org.hallway.chat.control.MessageText;
import org.hallway.chat.control.PersonMuted;
import org.hallway.chat.control.PinnedMessages;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.MessageReport;
import org.hallway.chat.entity.Mute;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Moderating chat, one transaction each: a moderator pins a message of a session room's chat or
 * mutes someone in it; anyone admitted to a channel reports a message; moderators and organisers
 * list the reports they may see. Refusals are {@link Refused}; committed facts leave as CDI events.
 */
@ApplicationScoped
public class ChatModeration {

    /** Mutes last from one minute to a day. */
    public static final int MAX_MUTE_MINUTES = 24 * 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatAccess access;

    @Inject
    ChatPeople people;

    @Inject
    Clock clock;

    @Inject
    Event<PersonMuted> muted;

    @Inject
    Event<MessagePinned> pinned;

    @Inject
    PinnedMessages pins;

    /**
     * A moderator of a session room's chat pins one of its messages above the stream (replacing
     * what was pinned in the room) or unpins it. Networking sessions have no room to show it in.
     */
    @Transactional
    public ChatLine pin(long eventId, long accountId, long messageId, boolean pin) {
        ChatAccess.Seen seen = access.visible(eventId, accountId, messageId);
        if (!seen.admitted().moderator()) {
            throw new Refused(Refusal.NOT_A_MODERATOR);
        }
        ChatMessage message = seen.message();
        if (message.getChannelKind() != ChannelKind.SESSION
                || em.find(AgendaSession.class, message.getChannelId()).getType() == SessionType.NETWORKING) {
            throw new Refused(Refusal.INVALID, "Only messages of a session room's chat can be pinned.");
        }
        if (pin) {
            pins.pin(message, clock.instant());
        } else if (message.isPinned()) {
            message.pin(null);
        } else {
            return people.line(message);
        }
        pinned.fire(new MessagePinned(eventId, message.getChannelId(), pin ? message.getId() : null));
        return people.line(message);
    }

    /** Anyone admitted to a message's channel may report it once, with a reason. */
    @Transactional
    public void report(long eventId, long accountId, long messageId, String reason) {
        ChatMessage message = access.visible(eventId, accountId, messageId).message();
        String text = MessageText.reason(reason);
        boolean first = em.createQuery(
                                "select count(r) from MessageReport r where r.messageId = :message"
                                        + " and r.reporterId = :reporter",
                                Long.class)
                        .setParameter("message", messageId)
                        .setParameter("reporter", accountId)
                        .getSingleResult()
                == 0;
        if (first) {
            em.persist(new MessageReport(eventId, message.getId(), accountId, text, clock.instant()));
        }
    }

    /** A moderator of a session's chat mutes someone else in it for {@code minutes}; returns the end. */
    @Transactional
    public Instant mute(long eventId, long accountId, ChatChannel channel, long targetId, int minutes) {
        Admitted admitted = access.admit(em.find(Account.class, accountId), eventId, channel);
        if (!admitted.moderator()) {
            throw new Refused(Refusal.NOT_A_MODERATOR);
        }
        if (channel.kind() != ChannelKind.SESSION
                || targetId == accountId
                || minutes < 1
                || minutes > MAX_MUTE_MINUTES) {
            throw new Refused(Refusal.INVALID_MUTE);
        }
        if (em.find(Account.class, targetId) == null) {
            throw new Refused(Refusal.UNKNOWN_PERSON);
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(minutes));
        em.createNamedQuery(Mute.OF, Mute.class)
                .setParameter("kind", channel.kind())
                .setParameter("channel", channel.id())
                .setParameter("account", targetId)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        m -> m.extendTo(accountId, until),
                        () -> em.persist(new Mute(eventId, channel.kind(), channel.id(), targetId, accountId, until)));
        muted.fire(new PersonMuted(eventId, channel, targetId, accountId, until));
        return until;
    }

    /** Reports the caller may see, newest first: all of the event's for organisers, their sessions' for moderators. */
    @Transactional
    public List<ReportedMessage> reported(long eventId, long accountId) {
        Account caller = em.find(Account.class, accountId);
        if (caller == null) {
            throw new Refused(Refusal.NOT_A_MODERATOR);
        }
        Set<Long> moderated = Set.copyOf(em.createQuery(
                        "select s.id from AgendaSession s join s.moderators m"
                                + " where m.id = :account and s.event.id = :event",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("event", eventId)
                .getResultList());
        if (!caller.isOrganiser() && moderated.isEmpty()) {
            throw new Refused(Refusal.NOT_A_MODERATOR);
        }
        List<Object[]> rows = em.createQuery(
                        "select r, m from MessageReport r, ChatMessage m where m.id = r.messageId"
                                + " and r.eventId = :event order by r.reportedAt desc, r.id desc",
                        Object[].class)
                .setParameter("event", eventId)
                .getResultList();
        List<Object[]> shown = rows.stream()
                .filter(row -> {
                    ChatMessage m = (ChatMessage) row[1];
                    return caller.isOrganiser()
                            || (m.getChannelKind() == ChannelKind.SESSION && moderated.contains(m.getChannelId()));
                })
                .toList();
        List<ChatLine> lines =
                people.lines(shown.stream().map(row -> (ChatMessage) row[1]).toList());
        Map<Long, Person> reporters = people.people(shown.stream()
                .map(row -> ((MessageReport) row[0]).getReporterId())
                .collect(Collectors.toSet()));
        List<ReportedMessage> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            MessageReport r = (MessageReport) shown.get(i)[0];
            out.add(new ReportedMessage(
                    r.getId(), lines.get(i), reporters.get(r.getReporterId()), r.getReason(), r.getReportedAt()));
        }
        return out;
    }
}
