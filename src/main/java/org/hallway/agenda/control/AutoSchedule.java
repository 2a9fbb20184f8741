package org.hallway.agenda.control;

import java.time.LocalDateTime;
import java.util.Optional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;

/**
 * What the scheduler does to a session by itself, given the time in the event's zone. Pure: the
 * caller passes the time, so the rules are tested with any clock.
 * <ul>
 *   <li>A session that starts automatically goes LIVE at its start, once per start time (an
 *       organiser who ends it early is not overruled), and ENDED at its end, once per end time
 *       (a session reopened after its end stays open). Whatever was missed while the server was
 *       down happens at the next tick: a session whose whole slot passed goes straight to ENDED.</li>
 *   <li>A LIVE networking session whose scheduled end has passed ends even without "start
 *       automatically": it takes no new readies, and meetings in progress run to their end.</li>
 * </ul>
 */
public final class AutoSchedule {

    /** The session as the scheduler sees it. */
    public record Timing(
            long sessionId,
            SessionType type,
            SessionState state,
            boolean automatic,
            boolean autoStarted,
            boolean autoEnded,
            LocalDateTime startsAt,
            LocalDateTime endsAt) {

        public static Timing of(AgendaSession s) {
            return new Timing(
                    s.getId(),
                    s.getType(),
                    s.getState(),
                    s.isStartsAutomatically(),
                    s.isAutoStarted(),
                    s.isAutoEnded(),
                    s.getStartsAt(),
                    s.getEndsAt());
        }
    }

    private AutoSchedule() {}

    /** The state to move the session to at {@code now} (local to the event's zone), or empty. */
    public static Optional<SessionState> due(Timing session, LocalDateTime now) {
        if (!now.isBefore(session.endsAt())) {
            boolean end = session.state() != SessionState.ENDED
                    && !session.autoEnded()
                    && (session.automatic()
                            || session.type() == SessionType.NETWORKING && session.state() == SessionState.LIVE);
            return end ? Optional.of(SessionState.ENDED) : Optional.empty();
        }
        if (!now.isBefore(session.startsAt())
                && session.automatic()
                && !session.autoStarted()
                && session.state() == SessionState.SCHEDULED) {
            return Optional.of(SessionState.LIVE);
        }
        return Optional.empty();
    }
}
