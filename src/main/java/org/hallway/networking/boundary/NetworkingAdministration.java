package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.networking.control.FollowUps;
import org.hallway.networking.control.NetworkingRulesChanged;
import org.hallway.networking.control.NetworkingSessions;
import org.hallway.networking.control.RulesBook;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;

/**
 * The organiser's networking use cases, one transaction each; a {@link Rejected} rolls back
 * everything. The live floor learns about new rules from {@link NetworkingRulesChanged}, observed
 * after the commit.
 */
@ApplicationScoped
public class NetworkingAdministration {

    @Inject
    NetworkingSessions sessions;

    @Inject
    RulesBook rulesBook;

    @Inject
    Event<NetworkingRulesChanged> rulesChanged;

    @Inject
    FollowUps followUps;

    @Transactional
    public void saveRules(long sessionId, RulesBook.Proposal proposal) {
        AgendaSession session = sessions.find(sessionId)
                .orElseThrow(() -> Rejected.general("This networking session no longer exists."));
        rulesBook.save(session, proposal);
        rulesChanged.fire(new NetworkingRulesChanged(sessionId));
    }

    /**
     * Sends every participant of an ended networking session of the event a summary of the people
     * they met (once per session); answers how many mails were queued.
     */
    @Transactional
    public int sendSummaries(long eventId, long sessionId) {
        AgendaSession session = sessions.find(sessionId).filter(s -> s.getEvent().getId() == eventId)
                .orElseThrow(() -> Rejected.general("This networking session no longer exists."));
        if (session.getState() != SessionState.ENDED) {
            throw Rejected.general("The networking session is not over yet: send the summaries once it has ended.");
        }
        var sentAt = sentAt(session);
        if (sentAt.isPresent()) {
            throw Rejected.general("The summaries of " + session.getName() + " were sent on " + sentAt.get() + ".");
        }
        return followUps.send(session).mails();
    }

    /** When the session's summaries were sent, in the event's time zone ("Tue 1 Dec, 14:30"), if they were. */
    @Transactional
    public Optional<String> summariesSentAt(long sessionId) {
        return sessions.find(sessionId).flatMap(this::sentAt);
    }

    private Optional<String> sentAt(AgendaSession session) {
        return followUps.sentAt(session.getId()).map(at -> EventTimes.dayTime(at.toInstant(ZoneOffset.UTC),
                ZoneId.of(session.getEvent().getTimeZone())));
    }
}
