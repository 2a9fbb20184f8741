package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Which node serves each networking session's floor, when several share one database: a lease row
 * per session (owner node, expiry) in {@code networking_floor_lease}. The owner renews it every
 * {@link #RENEW_SECONDS}; another node takes it only once it has expired ({@link #TERM_MILLIS}
 * after the last renewal), so a dead owner's sessions move within about 5 seconds (a failover's
 * target is 10 s to resumed meetings) while an owner may stall 3 seconds without losing them. Each statement
 * is one atomic conditional UPDATE or INSERT in its own transaction: two nodes can never both hold
 * a lease. Why a row and not {@code pg_try_advisory_lock}: it works on H2 too, it needs no
 * connection pinned per session for its lifetime, and its expiry is visible and testable.
 */
@ApplicationScoped
public class FloorLeases {

    public static final long TERM_MILLIS = 4_000;
    /** A compile-time constant: it is the period of the watch's timer. */
    public static final int RENEW_SECONDS = 1;

    /** Who holds a lease, and until when (epoch milliseconds). */
    public record Lease(long sessionId, String owner, long expiresAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Renews the lease if {@code node} holds it, takes it if it has expired or nobody held it;
     * true when {@code node} holds it afterwards. An INSERT racing another node's fails: the
     * caller treats any failure as "not held". A deleted session is never leased (false): the
     * INSERT takes its key from the session's row, so it writes nothing when the row is gone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long sessionId, String node) {
        long now = clock.millis();
        int updated = em.createNativeQuery("UPDATE networking_floor_lease SET owner_node = ?1, expires_at = ?2"
                        + " WHERE session_id = ?3 AND (owner_node = ?1 OR expires_at < ?4)")
                .setParameter(1, node)
                .setParameter(2, utc(now + TERM_MILLIS))
                .setParameter(3, sessionId)
                .setParameter(4, utc(now))
                .executeUpdate();
        if (updated == 1) {
            return true;
        }
        if (holder(sessionId).isPresent()) {
            return false;
        }
        return em.createNativeQuery(
                                "INSERT INTO networking_floor_lease (session_id, owner_node, expires_at)"
                                        + " SELECT id, CAST(?2 AS VARCHAR(64)), CAST(?3 AS TIMESTAMP) FROM agenda_session WHERE id = ?1")
                        .setParameter(1, sessionId)
                        .setParameter(2, node)
                        .setParameter(3, utc(now + TERM_MILLIS))
                        .executeUpdate()
                == 1;
    }

    /** Lets go of the lease at once (a node shutting down), if {@code node} holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long sessionId, String node) {
        em.createNativeQuery("DELETE FROM networking_floor_lease WHERE session_id = ?1 AND owner_node = ?2")
                .setParameter(1, sessionId)
                .setParameter(2, node)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Lease> holder(long sessionId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT owner_node, expires_at FROM networking_floor_lease" + " WHERE session_id = ?1")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Lease(sessionId, (String) columns[0], millis(columns[1]));
        });
    }

    /** True while a node other than {@code node} holds an unexpired lease on the session. */
    public boolean heldElsewhere(long sessionId, String node) {
        return holder(sessionId)
                .filter(l -> !l.owner().equals(node) && l.expiresAt() >= clock.millis())
                .isPresent();
    }

    private static LocalDateTime utc(long millis) {
        return LocalDateTime.ofEpochSecond(
                Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
    }

    private static long millis(Object timestamp) {
        if (timestamp instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (timestamp instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        throw new IllegalStateException("Unexpected timestamp type " + timestamp.getClass());
    }
}
