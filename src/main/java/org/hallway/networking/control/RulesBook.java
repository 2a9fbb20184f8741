package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.networking.entity.Block;
import org.hallway.networking.entity.NetworkingRules;
import org.hallway.networking.entity.Rating;
import org.hallway.networking.entity.TicketTypePairing;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.ticket.entity.TicketType;

/** The networking rules of sessions: read with defaults, validated, saved, and turned into a matching policy. */
@ApplicationScoped
public class RulesBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkingSettings settings;

    /** The session's rules; the defaults (not persisted) when it has none yet. */
    public NetworkingRules rulesOf(long sessionId) {
        return em.createNamedQuery(NetworkingRules.OF_SESSION, NetworkingRules.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new NetworkingRules(sessionId));
    }

    /** The values an organiser asks for. */
    public record Proposal(
            Integer meetingSeconds,
            boolean allowRematch,
            Integer rematchCooldownSeconds,
            Integer leaveAfterSeconds,
            Integer maxExtensions,
            boolean restrictPairing,
            Set<TicketTypePairing> pairings) {}

    /** What is wrong with a proposal for this session, each next to its field; empty when fine. */
    public List<Violation> problems(AgendaSession session, Proposal p) {
        List<Violation> problems = new ArrayList<>();
        int min = settings.minMeetingSeconds();
        if (p.meetingSeconds() == null
                || p.meetingSeconds() < min
                || p.meetingSeconds() > NetworkingRules.MAX_MEETING_SECONDS) {
            problems.add(Violation.of(
                    "meetingSeconds",
                    "The meeting duration must be between " + min + " and " + NetworkingRules.MAX_MEETING_SECONDS
                            + " seconds."));
        }
        if (p.rematchCooldownSeconds() == null
                || p.rematchCooldownSeconds() < 0
                || p.rematchCooldownSeconds() > NetworkingRules.MAX_COOLDOWN_SECONDS) {
            problems.add(Violation.of(
                    "cooldown",
                    "The re-match cooldown must be between 0 and " + NetworkingRules.MAX_COOLDOWN_SECONDS
                            + " seconds."));
        }
        if (p.leaveAfterSeconds() == null
                || p.leaveAfterSeconds() < 0
                || (p.meetingSeconds() != null && p.leaveAfterSeconds() > p.meetingSeconds())) {
            problems.add(Violation.of(
                    "leaveAfter",
                    "The time before leaving is allowed must be between 0 seconds and the meeting duration."));
        }
        if (p.maxExtensions() == null || p.maxExtensions() < 0 || p.maxExtensions() > NetworkingRules.MAX_EXTENSIONS) {
            problems.add(Violation.of(
                    "maxExtensions",
                    "The number of extensions must be between 0 and " + NetworkingRules.MAX_EXTENSIONS + "."));
        }
        Set<Long> types = ticketTypes(session).stream().map(TicketType::getId).collect(Collectors.toSet());
        for (TicketTypePairing pairing : p.pairings()) {
            if (!types.contains(pairing.getLow()) || !types.contains(pairing.getHigh())) {
                problems.add(Violation.of("pairings", "The pairing matrix names a ticket type of another event."));
                break;
            }
        }
        return problems;
    }

    /** Saves a proposal, or refuses it with a {@link Rejected} listing every problem. */
    public void save(AgendaSession session, Proposal p) {
        Rejected.unless(problems(session, p));
        NetworkingRules rules = rulesOf(session.getId());
        rules.change(
                p.meetingSeconds(),
                p.allowRematch(),
                p.rematchCooldownSeconds(),
                p.leaveAfterSeconds(),
                p.maxExtensions(),
                p.restrictPairing(),
                p.pairings());
        if (rules.getId() == null) {
            em.persist(rules);
        }
    }

    public List<TicketType> ticketTypes(AgendaSession session) {
        return em.createNamedQuery(TicketType.OF_EVENT, TicketType.class)
                .setParameter("event", session.getEvent())
                .getResultList();
    }

    /** The matcher's view of the rules plus the event's blocks and the session's low ratings. */
    public MatchingPolicy policy(
            NetworkingRules rules, Collection<Block> blocks, Collection<Rating> lowRatings, long eventId) {
        var builder = MatchingPolicy.builder()
                .allowRematch(rules.isAllowRematch())
                .cooldown(Duration.ofSeconds(rules.getRematchCooldownSeconds()));
        if (rules.isRestrictPairing()) {
            // An explicit matrix; no pairing at all means nobody meets (a pair nobody holds).
            builder.allowTicketTypes(-1, -1);
            for (TicketTypePairing pairing : rules.getPairings()) {
                builder.allowTicketTypes(pairing.getLow(), pairing.getHigh());
            }
        }
        for (Block block : blocks) {
            if (block.getEventId() == eventId) {
                builder.block(block.getBlockerId(), block.getBlockedId());
            }
        }
        for (Rating rating : lowRatings) {
            builder.lowRated(rating.getRaterId(), rating.getPartnerId());
        }
        return builder.build();
    }
}
