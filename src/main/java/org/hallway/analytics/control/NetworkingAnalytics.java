package org.hallway.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The networking figures of a session, from aggregate queries over {@code networking_meeting}
 * (per-side waits, media and routes since V21), {@code networking_connection} and
 * {@code networking_rating}: a handful of queries per session whatever its size; percentiles and
 * the median fetch only their rows from one read that sorts each list once ({@link Percentile}). Call it
 * in a transaction.
 */
@ApplicationScoped
public class NetworkingAnalytics {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dialect dialect;

    /** Every NETWORKING session of the event, in agenda order. */
    public List<NetworkingFigures> ofEvent(long eventId) {
        List<NetworkingFigures> figures = new ArrayList<>();
        for (Object[] row : Sql.rows(em.createNativeQuery("SELECT id, name FROM agenda_session"
                        + " WHERE event_id = ?1 AND type = 'NETWORKING' ORDER BY starts_at, id")
                .setParameter(1, eventId))) {
            figures.add(of(Sql.longOf(row[0]), (String) row[1]));
        }
        return figures;
    }

    /** One NETWORKING session of the event; empty for any other id. */
    public java.util.Optional<NetworkingFigures> ofSession(long sessionId, long eventId) {
        List<?> name = em.createNativeQuery(
                        "SELECT name FROM agenda_session WHERE id = ?1 AND event_id = ?2" + " AND type = 'NETWORKING'")
                .setParameter(1, sessionId)
                .setParameter(2, eventId)
                .getResultList();
        return name.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of(sessionId, (String) name.get(0)));
    }

    public boolean isNetworkingSession(long sessionId, long eventId) {
        return Sql.longOf(em.createNativeQuery("SELECT COUNT(*) FROM agenda_session WHERE id = ?1 AND event_id = ?2"
                                + " AND type = 'NETWORKING'")
                        .setParameter(1, sessionId)
                        .setParameter(2, eventId)
                        .getSingleResult())
                > 0;
    }

    public NetworkingFigures of(long sessionId, String name) {
        String length = dialect.millisBetween("started_at", "ended_at");
        Object[] c = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN first_media_at IS NOT NULL AND second_media_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN end_reason = 'MEDIA_FAILED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN end_reason = 'PARTNER_LOST' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN failed = FALSE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN failed = FALSE AND extensions > 0 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN first_route IS NOT NULL OR second_route IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN first_route = 'RELAY' OR second_route = 'RELAY' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN failed = FALSE AND ended_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN failed = FALSE AND ended_at IS NOT NULL THEN " + length + " ELSE 0 END)"
                        + " FROM networking_meeting WHERE session_id = ?1")
                .setParameter(1, sessionId)
                .getSingleResult();
        long endedHeld = Sql.longOf(c[8]);
        Long averageSeconds = endedHeld == 0 ? null : Math.round(Sql.longOf(c[9]) / 1000.0 / endedHeld);

        Object[] requests = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT c.meeting_id),"
                        + " COUNT(DISTINCT CASE WHEN c.accepted_at IS NOT NULL THEN c.meeting_id END)"
                        + " FROM networking_connection c JOIN networking_meeting m ON m.id = c.meeting_id"
                        + " WHERE m.session_id = ?1 AND m.failed = FALSE")
                .setParameter(1, sessionId)
                .getSingleResult();

        long waitCount = Sql.longOf(em.createNativeQuery(
                        "SELECT (SELECT COUNT(first_waited_ms) FROM networking_meeting"
                                + " WHERE session_id = ?1) + (SELECT COUNT(second_waited_ms) FROM networking_meeting WHERE session_id = ?1)")
                .setParameter(1, sessionId)
                .getSingleResult());
        long[] middle = Percentile.medianPositions(endedHeld);
        long waitP50 = Percentile.nearestRank(0.5, waitCount);
        long waitP95 = Percentile.nearestRank(0.95, waitCount);
        Map<Long, Long> lengths = new HashMap<>();
        Map<Long, Long> waits = new HashMap<>();
        ranked(sessionId, length, middle, new long[] {waitP50, waitP95}, lengths, waits);
        var found = java.util.Arrays.stream(middle)
                .mapToObj(lengths::get)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .average();
        Long medianMillis = found.isPresent() ? Math.round(found.getAsDouble()) : null;

        Object[] rating = (Object[]) em.createNativeQuery("SELECT COUNT(stars), SUM(stars) FROM networking_rating"
                        + " WHERE session_id = ?1 AND stars IS NOT NULL")
                .setParameter(1, sessionId)
                .getSingleResult();
        long ratings = Sql.longOf(rating[0]);

        return new NetworkingFigures(
                sessionId,
                name,
                Sql.longOf(c[0]),
                Sql.longOf(c[1]),
                Sql.longOf(c[2]),
                Sql.longOf(c[3]),
                Sql.longOf(c[4]),
                averageSeconds,
                medianMillis == null ? null : Math.round(medianMillis / 1000.0),
                Sql.longOf(c[5]),
                Sql.longOf(requests[0]),
                Sql.longOf(requests[1]),
                waits.get(waitP50),
                waits.get(waitP95),
                Sql.longOf(c[6]),
                Sql.longOf(c[7]),
                ratings,
                ratings == 0 ? null : Sql.longOf(rating[1]) / (double) ratings);
    }

    /**
     * Fetches the values at the given 0-based positions (-1: none) of the session's held meeting lengths
     * and of its waits, each list in ascending order, from one read that sorts each list once (a
     * window over both): only those rows leave the database.
     */
    private void ranked(
            long sessionId,
            String length,
            long[] lengthPositions,
            long[] waitPositions,
            Map<Long, Long> lengths,
            Map<Long, Long> waits) {
        long[] l = positions(lengthPositions);
        long[] w = positions(waitPositions);
        if (l[0] < 0 && w[0] < 0) {
            return;
        }
        for (Object[] row : Sql.rows(em.createNativeQuery("SELECT k, r, v FROM (SELECT k, v,"
                        + " ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) - 1 AS r FROM ("
                        + "SELECT 0 AS k, " + length + " AS v FROM networking_meeting WHERE session_id = ?1"
                        + " AND failed = FALSE AND ended_at IS NOT NULL"
                        + " UNION ALL SELECT 1, first_waited_ms FROM networking_meeting WHERE session_id = ?1"
                        + " AND first_waited_ms IS NOT NULL"
                        + " UNION ALL SELECT 1, second_waited_ms FROM networking_meeting WHERE session_id = ?1"
                        + " AND second_waited_ms IS NOT NULL) x) y"
                        + " WHERE (k = 0 AND r IN (?2, ?3)) OR (k = 1 AND r IN (?4, ?5))")
                .setParameter(1, sessionId)
                .setParameter(2, l[0])
                .setParameter(3, l[1])
                .setParameter(4, w[0])
                .setParameter(5, w[1]))) {
            (Sql.longOf(row[0]) == 0 ? lengths : waits).put(Sql.longOf(row[1]), Sql.longOf(row[2]));
        }
    }

    /** Up to two positions as exactly two (-1 where there are fewer). */
    private static long[] positions(long[] wanted) {
        return new long[] {wanted.length > 0 ? wanted[0] : -1, wanted.length > 1 ? wanted[1] : -1};
    }
}
