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
import java.util.HashMap;
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
import org.hallway.chat.control.ChatSettings;
import org.hallway.chat.control.ConversationRead;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.chat.control.History;
import org.hallway.chat.control.MessageChanged;
import org.hallway.chat.control.MessagePinned;
import org.hallway.chat.control.MessagePosted;
import org.hallway.chat.control.MessageText;
import org.hallway.chat.control.PersonMuted;
import org.hallway.chat.control.PinnedMessages;
import org.hallway.chat.control.RateLimit;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.chat.control.Unread;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.Conversation;
import org.hallway.chat.entity.MessageReport;
import org.hallway.chat.entity.Mute;
import org.hallway.chat.entity.ReadMarker;
import org.hallway.networking.control.PersonBlocked;
import org.hallway.networking.entity.Block;
import org.hallway.platform.EventTimes;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Chat's use cases, one transaction each, for a caller ({@code accountId}) at an event
 * ({@code eventId}, the event of the caller's socket or page). Refusals are {@link Refused}
 * (the transaction rolls back; nothing changed). A message id or conversation id the caller may
 * not see is answered exactly like one that does not exist. Committed facts are announced as CDI
 * events; nothing is pushed from here.
 */
@ApplicationScoped
public class Chat {

    /** Mutes last from one minute to a day. */
    public static final int MAX_MUTE_MINUTES = 24 * 60;

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
    Event<PersonMuted> muted;

    @Inject
    Event<MessagePinned> pinned;

    @Inject
    PinnedMessages pins;

    @Inject
    Event<ConversationRead> read;

    @Inject
    Event<PersonBlocked> blocked;

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
        ChatMessage message = visible(eventId, accountId, messageId).message();
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
        Seen seen = visible(eventId, accountId, messageId);
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

    /**
     * A moderator of a session room's chat pins one of its messages above the stream (replacing
     * what was pinned in the room) or unpins it. Networking sessions have no room to show it in.
     */
    @Transactional
    public ChatLine pin(long eventId, long accountId, long messageId, boolean pin) {
        Seen seen = visible(eventId, accountId, messageId);
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

    /** Anyone admitted to a message's channel may report it once, with a reason. */
    @Transactional
    public void report(long eventId, long accountId, long messageId, String reason) {
        ChatMessage message = visible(eventId, accountId, messageId).message();
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
        Admitted admitted = admit(eventId, accountId, channel);
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
                admit(eventId, accountId, ChatChannel.meeting(meetingId)).partnerId());
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
        admit(eventId, accountId, ChatChannel.conversation(conversationId));
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

    /** A message and the caller's admission to its channel; refused as unknown when the caller may not see it. */
    private record Seen(ChatMessage message, Admitted admitted) {}

    private Seen visible(long eventId, long accountId, long messageId) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null || message.getEventId() != eventId || message.isDeleted()) {
            throw new Refused(Refusal.UNKNOWN_MESSAGE);
        }
        try {
            return new Seen(
                    message,
                    admit(eventId, accountId, new ChatChannel(message.getChannelKind(), message.getChannelId())));
        } catch (Refused notAdmitted) {
            throw new Refused(Refusal.UNKNOWN_MESSAGE);
        }
    }

    private void withinEditWindow(ChatMessage message) {
        if (Duration.between(message.getSentAt(), clock.instant()).toMillis() > settings.editWindowMillis()) {
            throw new Refused(Refusal.EDIT_WINDOW_OVER);
        }
    }
}
