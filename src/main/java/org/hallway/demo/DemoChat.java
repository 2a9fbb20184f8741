package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.chat.entity.Conversation;
import org.hallway.chat.entity.MessageReport;
import org.hallway.chat.entity.ReadMarker;
import org.hallway.event.entity.Event;

/**
 * The demo's chat: a few messages in the networking session's chat (moderated by Barbara Liskov
 * besides the organisers), one of them reported for the organiser to see, and a private
 * conversation between Ada and Grace with a message Ada has not read yet.
 */
@ApplicationScoped
public class DemoChat {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void load() {
        Event event = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        AgendaSession networking = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultStream()
                .filter(s -> s.getType() == SessionType.NETWORKING)
                .findFirst()
                .orElseThrow();
        Account ada = account("ada@hallway.test");
        Account grace = account("grace@hallway.test");
        Account alan = account("alan@hallway.test");
        Account barbara = account("barbara@hallway.test");
        networking.assign(networking.getSpeakers(), Set.of(barbara));

        Instant now = clock.instant();
        long eventId = event.getId();
        long room = networking.getId();
        say(
                eventId,
                ChannelKind.SESSION,
                room,
                barbara,
                "Welcome to speed networking! Say hello while you wait"
                        + " for a match. Be kind: I moderate this chat.",
                now.minusSeconds(900));
        say(
                eventId,
                ChannelKind.SESSION,
                room,
                ada,
                "Hello everyone! Anyone here working on analytical engines?",
                now.minusSeconds(840));
        say(
                eventId,
                ChannelKind.SESSION,
                room,
                grace,
                "Hi Ada! Compilers here. The slides of my talk:" + " https://example.org/compilers-for-everyone",
                now.minusSeconds(780));
        ChatMessage spam = say(
                eventId,
                ChannelKind.SESSION,
                room,
                alan,
                "BUY CHEAP TURING MACHINES NOW!!! http://example.com/offer",
                now.minusSeconds(720));
        em.persist(new MessageReport(
                eventId, spam.getId(), grace.getId(), "Spam: advertising in the session chat", now.minusSeconds(700)));

        Conversation talk = new Conversation(eventId, ada.getId(), grace.getId(), now.minusSeconds(600));
        em.persist(talk);
        em.flush();
        ChatMessage first = say(
                eventId,
                ChannelKind.CONVERSATION,
                talk.getId(),
                ada,
                "Grace, loved your point about compilers. Coffee after the keynote?",
                now.minusSeconds(600));
        say(
                eventId,
                ChannelKind.CONVERSATION,
                talk.getId(),
                grace,
                "Gladly! Meet you by the Track B door.",
                now.minusSeconds(300));
        em.persist(new ReadMarker(talk.getId(), ada.getId(), first.getId()));
        em.persist(new ReadMarker(talk.getId(), grace.getId(), first.getId()));
    }

    private ChatMessage say(long eventId, ChannelKind kind, long channelId, Account sender, String text, Instant at) {
        ChatMessage message = new ChatMessage(eventId, kind, channelId, sender.getId(), text, at);
        em.persist(message);
        em.flush();
        return message;
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult();
    }
}
