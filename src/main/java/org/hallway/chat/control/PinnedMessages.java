package org.hallway.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;

/**
 * The pinned message of a session's chat: at most one per session (pinning another replaces it; a
 * deleted message is no longer pinned). Runs in the caller's transaction; who may pin is checked
 * by the use case ({@code ChatModeration.pin}), not here.
 */
@ApplicationScoped
public class PinnedMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatPeople people;

    /** The session chat's pinned message, mapped to a line. */
    public Optional<ChatLine> of(long sessionId) {
        return em.createQuery(
                        "select m from ChatMessage m where m.channelKind = :kind and m.channelId = :session"
                                + " and m.pinnedAt is not null and m.deletedAt is null order by m.pinnedAt desc",
                        ChatMessage.class)
                .setParameter("kind", ChannelKind.SESSION)
                .setParameter("session", sessionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(people::line);
    }

    /** Pins the message (of a session's chat), unpinning the session's previous one. */
    public void pin(ChatMessage message, Instant at) {
        unpin(message.getChannelId());
        message.pin(at);
    }

    /** Unpins whatever message of the session's chat is pinned; whether one was. */
    public boolean unpin(long sessionId) {
        var pinned = em.createQuery(
                        "select m from ChatMessage m where m.channelKind = :kind"
                                + " and m.channelId = :session and m.pinnedAt is not null",
                        ChatMessage.class)
                .setParameter("kind", ChannelKind.SESSION)
                .setParameter("session", sessionId)
                .getResultList();
        pinned.forEach(m -> m.pin(null));
        return !pinned.isEmpty();
    }
}
