package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.networking.control.FollowUps;
import org.hallway.networking.control.NetworkingRulesChanged;
import org.hallway.networking.control.NetworkingSessions;
import org.hallway.networking.control.RulesBook;
import org.hallway.networking.entity.NetworkingRules;
import org.hallway.networking.entity.TicketTypePairing;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;
import org.hallway.ticket.entity.TicketType;

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

    /**
     * What the rules form shows of one networking session, read in one transaction: its rules (the
     * defaults when none were saved), pairings as "low-high" ticket-type ids, and the pairings the
     * event's ticket types allow, each with its label ("Speaker ↔ Attendee").
     */
    public record RulesForm(
            long sessionId,
            String sessionName,
            long eventId,
            boolean ended,
            String summariesSentAt,
            int meetingSeconds,
            boolean allowRematch,
            int rematchCooldownSeconds,
            int leaveAfterSeconds,
            int maxExtensions,
            boolean restrictPairing,
            List<String> pairings,
            Map<String, String> pairingOptions) {}

    /** Empty for an unknown session or one that is no networking session. */
    @Transactional
    public Optional<RulesForm> rulesForm(long sessionId) {
        return sessions.find(sessionId).map(session -> {
            NetworkingRules rules = rulesBook.rulesOf(sessionId);
            Map<String, String> options = new LinkedHashMap<>();
            List<TicketType> types = rulesBook.ticketTypes(session);
            for (int i = 0; i < types.size(); i++) {
                for (int j = i; j < types.size(); j++) {
                    var pairing = new TicketTypePairing(
                            types.get(i).getId(), types.get(j).getId());
                    options.put(
                            pairing.getLow() + "-" + pairing.getHigh(),
                            types.get(i).getName() + " ↔ " + types.get(j).getName());
                }
            }
            return new RulesForm(
                    sessionId,
                    session.getName(),
                    session.getEvent().getId(),
                    session.getState() == SessionState.ENDED,
                    sentAt(session).orElse(null),
                    rules.getMeetingSeconds(),
                    rules.isAllowRematch(),
                    rules.getRematchCooldownSeconds(),
                    rules.getLeaveAfterSeconds(),
                    rules.getMaxExtensions(),
                    rules.isRestrictPairing(),
                    rules.getPairings().stream()
                            .map(p -> p.getLow() + "-" + p.getHigh())
                            .sorted()
                            .toList(),
                    options);
        });
    }

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
        AgendaSession session = sessions.find(sessionId)
                .filter(s -> s.getEvent().getId() == eventId)
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
        return followUps
                .sentAt(session.getId())
                .map(at -> EventTimes.dayTime(
                        at.toInstant(ZoneOffset.UTC),
                        ZoneId.of(session.getEvent().getTimeZone())));
    }
}
