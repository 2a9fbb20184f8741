package org.hallway.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The networking figures of a session, from aggregate queries over {@code networking_meeting}
 * (per-side waits, media and routes since V21), {@code networking_connection} and
 * {@code networking_rating}: a handful of queries per session whatever its size; percentiles and
 * the median fetch only their rows from a sorted list ({@link Percentile}). Call it in a transaction.
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
                + " WHERE event_id = ?1 AND type = 'NETWORKING' ORDER BY starts_at, id").setParameter(1, eventId))) {
            figures.add(of(Sql.longOf(row[0]), (String) row[1]));
        }
        return figures;
    }

    /** One NETWORKING session of the event; empty for any other id. */
    public java.util.Optional<NetworkingFigures> ofSession(long sessionId, long eventId) {
        List<?> name = em.createNativeQuery("SELECT name FROM agenda_session WHERE id = ?1 AND event_id = ?2"
                + " AND type = 'NETWORKING'").setParameter(1, sessionId).setParameter(2, eventId).getResultList();
        return name.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of(sessionId, (String) name.get(0)));
    }

    public boolean isNetworkingSession(long sessionId, long eventId) {
        return Sql.longOf(em.createNativeQuery("SELECT COUNT(*) FROM agenda_session WHERE id = ?1 AND event_id = ?2"
                + " AND type = 'NETWORKING'").setParameter(1, sessionId).setParameter(2, eventId).getSingleResult()) > 0;
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
                .setParameter(1, sessionId).getSingleResult();
        long endedHeld = Sql.longOf(c[8]);
        Long averageSeconds = endedHeld == 0 ? null : Math.round(Sql.longOf(c[9]) / 1000.0 / endedHeld);
        Long medianMillis = median("SELECT " + length + " AS d FROM networking_meeting WHERE session_id = ?1"
                + " AND failed = FALSE AND ended_at IS NOT NULL ORDER BY d", sessionId, endedHeld);

        Object[] requests = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT c.meeting_id),"
                + " COUNT(DISTINCT CASE WHEN c.accepted_at IS NOT NULL THEN c.meeting_id END)"
                + " FROM networking_connection c JOIN networking_meeting m ON m.id = c.meeting_id"
                + " WHERE m.session_id = ?1 AND m.failed = FALSE").setParameter(1, sessionId).getSingleResult();

        String waits = "SELECT w FROM (SELECT first_waited_ms AS w FROM networking_meeting WHERE session_id = ?1"
                + " AND first_waited_ms IS NOT NULL UNION ALL SELECT second_waited_ms FROM networking_meeting"
                + " WHERE session_id = ?1 AND second_waited_ms IS NOT NULL) x ORDER BY w";
        long waitCount = Sql.longOf(em.createNativeQuery("SELECT (SELECT COUNT(first_waited_ms) FROM networking_meeting"
                + " WHERE session_id = ?1) + (SELECT COUNT(second_waited_ms) FROM networking_meeting WHERE session_id = ?1)")
                .setParameter(1, sessionId).getSingleResult());

        Object[] rating = (Object[]) em.createNativeQuery("SELECT COUNT(stars), SUM(stars) FROM networking_rating"
                + " WHERE session_id = ?1 AND stars IS NOT NULL").setParameter(1, sessionId).getSingleResult();
        long ratings = Sql.longOf(rating[0]);

        return new NetworkingFigures(sessionId, name, Sql.longOf(c[0]), Sql.longOf(c[1]), Sql.longOf(c[2]),
                Sql.longOf(c[3]), Sql.longOf(c[4]), averageSeconds,
                medianMillis == null ? null : Math.round(medianMillis / 1000.0),
                Sql.longOf(c[5]), Sql.longOf(requests[0]), Sql.longOf(requests[1]),
                at(waits, sessionId, Percentile.nearestRank(0.5, waitCount)),
                at(waits, sessionId, Percentile.nearestRank(0.95, waitCount)),
                Sql.longOf(c[6]), Sql.longOf(c[7]), ratings,
                ratings == 0 ? null : Sql.longOf(rating[1]) / (double) ratings);
    }

    /** The median of a sorted query's {@code n} values: only the middle one or two rows are fetched. */
    private Long median(String sorted, long sessionId, long n) {
        long[] positions = Percentile.medianPositions(n);
        if (positions.length == 0) {
            return null;
        }
        List<?> middle = em.createNativeQuery(sorted + " OFFSET " + positions[0] + " ROWS FETCH NEXT "
                + positions.length + " ROWS ONLY").setParameter(1, sessionId).getResultList();
        return Math.round(middle.stream().mapToLong(Sql::longOf).average().orElse(0));
    }

    private Long at(String sorted, long sessionId, long position) {
        if (position < 0) {
            return null;
        }
        List<?> row = em.createNativeQuery(sorted + " OFFSET " + position + " ROWS FETCH NEXT 1 ROWS ONLY")
                .setParameter(1, sessionId).getResultList();
        return row.isEmpty() ? null : Sql.longOf(row.get(0));
    }
}
