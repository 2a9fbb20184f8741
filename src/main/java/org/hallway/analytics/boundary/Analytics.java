package org.hallway.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hallway.analytics.control.EventAnalytics;
import org.hallway.analytics.control.EventFigures;
import org.hallway.analytics.control.NetworkingAnalytics;
import org.hallway.analytics.control.NetworkingFigures;
import org.hallway.analytics.control.SessionAnalytics;
import org.hallway.analytics.control.SessionFigures;
import org.hallway.analytics.control.Table;
import org.hallway.analytics.control.Tables;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.control.Events;

/** The organisers' analytics of one event, read in one transaction each (values only leave it). */
@ApplicationScoped
@Transactional
public class Analytics {

    /** Everything the analytics page shows. */
    public record Report(
            EventRef event, EventFigures figures, List<SessionFigures> sessions, List<NetworkingFigures> networking) {}

    @Inject
    Events events;

    @Inject
    EventAnalytics eventAnalytics;

    @Inject
    SessionAnalytics sessionAnalytics;

    @Inject
    NetworkingAnalytics networkingAnalytics;

    /** A networking session's recorded figures; empty when it is not a networking session of the event. */
    public Optional<NetworkingFigures> networking(long sessionId, long eventId) {
        return networkingAnalytics.ofSession(sessionId, eventId);
    }

    /** Whether {@code sessionId} is a networking session of the event (the live dashboard's gate asks). */
    public boolean isNetworkingSession(long sessionId, long eventId) {
        return networkingAnalytics.isNetworkingSession(sessionId, eventId);
    }

    /** The event's report, drafts included (organisers only reach this); empty for an unknown or deleted event. */
    public Optional<Report> report(String slug, SessionAnalytics.Sort sort, boolean descending) {
        return events.bySlug(slug).map(e -> {
            var ref = EventRef.of(e);
            return new Report(
                    ref,
                    eventAnalytics.of(ref.id()),
                    sessionAnalytics.ofEvent(ref.id(), sort, descending),
                    networkingAnalytics.ofEvent(ref.id()));
        });
    }

    /**
     * One table of the report as the CSV downloads give it ({@code event}, {@code registrations},
     * {@code sessions} or {@code networking}), computing only the figures that table needs;
     * empty for an unknown event or table.
     */
    public Optional<Table> table(String slug, String name) {
        return events.bySlug(slug)
                .flatMap(e -> Optional.ofNullable(
                        switch (name) {
                            case "event" -> Tables.event(eventAnalytics.of(e.getId()));
                            case "registrations" -> Tables.registrations(eventAnalytics.of(e.getId()));
                            case "sessions" ->
                                Tables.sessions(
                                        sessionAnalytics.ofEvent(e.getId(), SessionAnalytics.Sort.START, false));
                            case "networking" -> Tables.networking(networkingAnalytics.ofEvent(e.getId()));
                            default -> null;
                        }));
    }
}
