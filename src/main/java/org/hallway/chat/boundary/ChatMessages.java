package org.hallway.chat.boundary;

import jakarta.annotation.PostConstruct;
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
import java.util.Collections;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.chat.control.Admitted;
import org.hallway.chat.control.ChatAccess;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ChatPeople;
import org.hallway.chat.control.ChatSettings;
import org.hallway.chat.control.History;
import org.hallway.chat.control.MessageChanged;
import org.hallway.chat.control.MessagePinned;
import org.hallway.chat.control.MessagePosted;
import org.hallway.chat.control.MessageText;
import org.hallway.chat.control.RateLimit;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.Mute;
import org.hallway.platform.EventTimes;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Writing and reading a chat channel, one transaction each, for a caller ({@code accountId}) at an
 * event ({@code eventId}, the event of the caller's socket or page): admission, posting (text
 * rules, mutes, blocks, the rate limit per person and channel), editing and deleting within the
 * edit window, and history by cursor. Refusals are {@link Refused} (the transaction rolls back;
 * nothing changed); a message the caller may not see is answered exactly like one that does not
 * exist. Committed facts are announced as CDI events; nothing is pushed from here.
 */
@ApplicationScoped
public class ChatMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatAccess access;

    @Inject
    ChatPeople people;

    @Inject
    ChatSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<MessagePosted> posted;

    @Inject
    Event<MessageChanged> changed;

    @Inject
    Event<MessagePinned> pinned;

    private RateLimit rateLimit;

    @PostConstruct
    void limit() {
        rateLimit = new RateLimit(settings.rateMessages(), settings.rateWindowMillis());
    }

    /** Whether the caller may read and write in the channel (a subscription's check); refuses otherwise. */
    @Transactional
    public Admitted admit(long eventId, long accountId, ChatChannel channel) {
        return access.admit(em.find(Account.class, accountId), eventId, channel);
    }

    @Transactional
    public ChatLine post(long eventId, long accountId, ChatChannel channel, String text) {
        Admitted admitted = admit(eventId, accountId, channel);
        String body = MessageText.of(text);
        Instant now = clock.instant();
        if (channel.kind() == ChannelKind.SESSION) {
            em.createNamedQuery(Mute.OF, Mute.class)
                    .setParameter("kind", channel.kind())
                    .setParameter("channel", channel.id())
                    .setParameter("account", accountId)
                    .getResultStream()
                    .filter(m -> m.getMutedUntil().isAfter(now))
                    .findFirst()
                    .ifPresent(m -> {
                        // in the event's time zone, as every time shown ("Tue 1 Dec, 14:30"), never an ISO instant
                        throw new Refused(
                                Refusal.MUTED,
                                "You are muted in this chat until "
                                        + EventTimes.dayTime(
                                                m.getMutedUntil(),
                                                em.find(org.hallway.event.entity.Event.class, eventId)
                                                        .zone())
                                        + ".");
                    });
        }
        if (admitted.partnerId() != null
                && channel.kind() == ChannelKind.CONVERSATION
                && access.blockedEitherWay(eventId, accountId, admitted.partnerId())) {
            throw new Refused(Refusal.BLOCKED);
        }
        if (!rateLimit.tryAcquire(accountId, channel, now.toEpochMilli())) {
            throw new Refused(Refusal.RATE_LIMITED);
        }
        ChatMessage message = new ChatMessage(eventId, channel.kind(), channel.id(), accountId, body, now);
        em.persist(message);
        em.flush();
        ChatLine line = people.line(message);
        posted.fire(new MessagePosted(
                eventId, line, channel.kind() == ChannelKind.CONVERSATION ? admitted.partnerId() : null));
        return line;
    }

    /** The author changes the text within the edit window. */
    @Transactional
    public ChatLine edit(long eventId, long accountId, long messageId, String text) {
        ChatMessage message = access.visible(eventId, accountId, messageId).message();
        if (message.getSenderId() != accountId) {
            throw new Refused(Refusal.NOT_YOUR_MESSAGE);
        }
        String body = MessageText.of(text);
        withinEditWindow(message);
        message.edit(body, clock.instant());
        ChatLine line = people.line(message);
        changed.fire(new MessageChanged(eventId, line));
        return line;
    }

    /** The author within the edit window, or a moderator of the session at any time. */
    @Transactional
    public ChatLine delete(long eventId, long accountId, long messageId) {
        ChatAccess.Seen seen = access.visible(eventId, accountId, messageId);
        ChatMessage message = seen.message();
        if (message.getSenderId() == accountId) {
            withinEditWindow(message);
        } else if (!seen.admitted().moderator()) {
            throw new Refused(Refusal.NOT_YOUR_MESSAGE);
        }
        boolean wasPinned = message.isPinned();
        message.delete(accountId, clock.instant());
        ChatLine line = people.line(message);
        changed.fire(new MessageChanged(eventId, line));
        if (wasPinned) {
            pinned.fire(new MessagePinned(eventId, message.getChannelId(), null));
        }
        return line;
    }

    /** The newest page of the channel, or the page before message {@code before}. */
    @Transactional
    public History history(long eventId, long accountId, ChatChannel channel, Long before) {
        Admitted admitted = admit(eventId, accountId, channel);
        int size = settings.history();
        List<ChatMessage> page = new ArrayList<>(em.createQuery(
                        "select m from ChatMessage m where m.channelKind = :kind"
                                + " and m.channelId = :channel and m.id < :before order by m.id desc",
                        ChatMessage.class)
                .setParameter("kind", channel.kind())
                .setParameter("channel", channel.id())
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(size + 1)
                .getResultList());
        boolean more = page.size() > size;
        if (more) {
            page.remove(size);
        }
        Collections.reverse(page);
        return new History(channel, people.lines(page), more, admitted.moderator());
    }

    private void withinEditWindow(ChatMessage message) {
        if (Duration.between(message.getSentAt(), clock.instant()).toMillis() > settings.editWindowMillis()) {
            throw new Refused(Refusal.EDIT_WINDOW_OVER);
        }
    }
}
