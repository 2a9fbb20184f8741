package org.hallway.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every session of an event with its figures: one grouped query per figure for the whole event
 * (attendance from {@code room_visit}, whose open visits count until now; the most at once by a
 * running sum over entries and exits; chat and questions), never the rows themselves. A person
 * has at most one open visit per room (the rooms feature), so their stays never overlap. The rating
 * comes from the session's survey (feedback feature, V20).
 * Call it in a transaction.
 */
@ApplicationScoped
public class SessionAnalytics {

    /** The columns the sessions table sorts by. */
    public enum Sort {
        START(Comparator.comparing(SessionFigures::startsAt)),
        NAME(Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT))),
        ATTENDEES(Comparator.comparingLong(SessionFigures::uniqueAttendees)),
        PEAK(Comparator.comparingLong(SessionFigures::peakConcurrent)),
        MINUTES(Comparator.comparingLong(SessionFigures::averageMinutes)),
        CHAT(Comparator.comparingLong(SessionFigures::chatMessages)),
        QUESTIONS(Comparator.comparingLong(SessionFigures::questions)),
        RATING(Comparator.comparing(SessionFigures::rating, Comparator.nullsFirst(Comparator.naturalOrder())));

        private final Comparator<SessionFigures> order;

        Sort(Comparator<SessionFigures> order) {
            this.order = order.thenComparingLong(SessionFigures::sessionId);
        }

        public Comparator<SessionFigures> order(boolean descending) {
            return descending ? order.reversed() : order;
        }

        /** The sort a request names, START for anything unknown. */
        public static Sort of(String name) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(name == null ? "" : name)) {
                    return sort;
                }
            }
            return START;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Dialect dialect;

    @Inject
    Clock clock;

    public List<SessionFigures> ofEvent(long eventId, Sort sort, boolean descending) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String stay = dialect.millisBetween("v.entered_at", "COALESCE(v.left_at, CAST(?2 AS TIMESTAMP))");
        Map<Long, long[]> attendance = new HashMap<>();
        for (Object[] row : Sql.rows(em.createNativeQuery("SELECT v.session_id, COUNT(DISTINCT v.account_id),"
                        + " SUM(" + stay + ") FROM room_visit v JOIN agenda_session s ON s.id = v.session_id"
                        + " WHERE s.event_id = ?1 GROUP BY v.session_id")
                .setParameter(1, eventId)
                .setParameter(2, Timestamp.valueOf(now)))) {
            attendance.put(Sql.longOf(row[0]), new long[] {Sql.longOf(row[1]), Sql.longOf(row[2])});
        }
        Map<Long, Long> peaks = perSession(
                "SELECT session_id, MAX(c) FROM (SELECT session_id, SUM(d) OVER"
                        + " (PARTITION BY session_id ORDER BY t, d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c"
                        + " FROM (SELECT v.session_id, v.entered_at AS t, 1 AS d FROM room_visit v"
                        + " JOIN agenda_session s ON s.id = v.session_id WHERE s.event_id = ?1"
                        + " UNION ALL SELECT v.session_id, v.left_at, -1 FROM room_visit v"
                        + " JOIN agenda_session s ON s.id = v.session_id WHERE s.event_id = ?1 AND v.left_at IS NOT NULL) e) r"
                        + " GROUP BY session_id",
                eventId);
        Map<Long, Long> chat = perSession(
                "SELECT c.channel_id, COUNT(*) FROM chat_message c"
                        + " JOIN agenda_session s ON s.id = c.channel_id WHERE s.event_id = ?1 AND c.channel_kind = 'SESSION'"
                        + " AND c.deleted_at IS NULL GROUP BY c.channel_id",
                eventId);
        Map<Long, Long> questions = perSession(
                "SELECT q.session_id, COUNT(*) FROM room_question q"
                        + " JOIN agenda_session s ON s.id = q.session_id WHERE s.event_id = ?1 GROUP BY q.session_id",
                eventId);

        // the survey of a session (V20): the mean of its scale questions' answers
        Map<Long, long[]> ratings = new HashMap<>();
        for (Object[] row :
                Sql.rows(em.createNativeQuery("SELECT s.session_id, COUNT(a.scale), SUM(a.scale) FROM survey s"
                                + " JOIN survey_question q ON q.survey_id = s.id JOIN survey_answer a ON a.question_id = q.id"
                                + " WHERE s.event_id = ?1 AND s.session_id IS NOT NULL AND q.kind = 'SCALE' AND a.scale IS NOT NULL"
                                + " GROUP BY s.session_id")
                        .setParameter(1, eventId))) {
            ratings.put(Sql.longOf(row[0]), new long[] {Sql.longOf(row[1]), Sql.longOf(row[2])});
        }

        List<SessionFigures> figures = new ArrayList<>();
        for (Object[] row : Sql.rows(em.createNativeQuery(
                        "SELECT id, name, type, track, starts_at FROM agenda_session" + " WHERE event_id = ?1")
                .setParameter(1, eventId))) {
            long id = Sql.longOf(row[0]);
            long[] seen = attendance.getOrDefault(id, new long[2]);
            long averageMinutes = seen[0] == 0 ? 0 : Math.round(seen[1] / 60_000.0 / seen[0]);
            long[] rated = ratings.getOrDefault(id, new long[2]);
            figures.add(new SessionFigures(
                    id,
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    Sql.time(row[4]),
                    seen[0],
                    peaks.getOrDefault(id, 0L),
                    averageMinutes,
                    chat.getOrDefault(id, 0L),
                    questions.getOrDefault(id, 0L),
                    rated[0],
                    rated[0] == 0 ? null : rated[1] / (double) rated[0]));
        }
        figures.sort(sort.order(descending));
        return figures;
    }

    private Map<Long, Long> perSession(String sql, long eventId) {
        Map<Long, Long> values = new HashMap<>();
        for (Object[] row : Sql.rows(em.createNativeQuery(sql).setParameter(1, eventId))) {
            values.put(Sql.longOf(row[0]), Sql.longOf(row[1]));
        }
        return values;
    }
}
