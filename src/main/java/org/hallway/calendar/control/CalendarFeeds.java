package org.hallway.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.calendar.entity.CalendarFeed;

/**
 * The secret calendar addresses: one per attendee and event; a new one replaces the old (whose
 * address stops working at once), revoking removes it. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    /** A new secret address for the attendee's agenda of the event; answers the token (shown once). */
    public String issue(long accountId, long eventId, LocalDateTime nowUtc) {
        revoke(accountId, eventId);
        em.flush(); // the old row goes before the new one takes its (account, event) place
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new CalendarFeed(accountId, eventId, hash(token), nowUtc));
        return token;
    }

    /** Whether the attendee has a working address for the event, and since when (UTC). */
    public Optional<LocalDateTime> issuedAt(long accountId, long eventId) {
        return em.createQuery(
                        "select f.createdAt from CalendarFeed f where f.accountId = :account and f.eventId = :event",
                        LocalDateTime.class)
                .setParameter("account", accountId)
                .setParameter("event", eventId)
                .getResultStream()
                .findFirst();
    }

    /** Stops the attendee's address for the event; false when there was none. */
    public boolean revoke(long accountId, long eventId) {
        return em.createQuery("delete from CalendarFeed f where f.accountId = :account and f.eventId = :event")
                        .setParameter("account", accountId)
                        .setParameter("event", eventId)
                        .executeUpdate()
                > 0;
    }

    /** The feed a token opens; empty for a malformed, unknown or revoked token. */
    public Optional<CalendarFeed> byToken(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
