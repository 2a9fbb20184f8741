package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.networking.control.MatchingPolicy;
import org.hallway.networking.control.MeetingHistory;
import org.hallway.networking.control.MeetingIds;
import org.hallway.networking.control.NetworkingSession;
import org.hallway.networking.control.NetworkingSessions;
import org.hallway.networking.control.NetworkingSettings;
import org.hallway.networking.control.NetworkingThreads;
import org.hallway.networking.control.RulesBook;
import org.hallway.networking.control.SessionFloor;
import org.hallway.networking.control.SessionLane;
import org.hallway.networking.control.Terms;
import org.hallway.networking.entity.Block;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.NetworkingRules;
import org.hallway.networking.entity.Rating;
import org.hallway.platform.Utc;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Builds a session's floor from the database, in one transaction, mapping all it needs to values:
 * the rules, the event's blocks and the session's low ratings, recent meetings (for the re-match cooldown) and the session's facts.
 */
@ApplicationScoped
public class SessionLoader {

    private static final System.Logger LOG = System.getLogger(SessionLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RulesBook rulesBook;

    @Inject
    NetworkingSettings settings;

    @Inject
    MeetingIds meetingIds;

    @Inject
    NetworkingSessions sessions;

    @Inject
    NetworkingThreads threads;

    @Transactional
    public NetworkingSession load(long sessionId) {
        AgendaSession session = sessions.find(sessionId).orElseThrow(() -> new Refused(Refusal.SESSION_NOT_LIVE));
        var event = session.getEvent();
        var facts = new NetworkingSession.Facts(
                sessionId, event.getId(), session.getName(), event.zone(), event.getFirstDay(), event.getLastDay());
        NetworkingRules rules = rulesBook.rulesOf(sessionId);
        MatchingPolicy policy = rulesBook.policy(rules, blocks(event.getId()), lowRatings(sessionId), event.getId());
        MeetingHistory history = new MeetingHistory();
        Instant since = clock.instant().minusMillis(policy.memoryMillis());
        for (Meeting m : em.createNamedQuery(Meeting.ENDED_IN_SESSION_SINCE, Meeting.class)
                .setParameter("session", sessionId)
                .setParameter("since", Utc.utc(since))
                .getResultList()) {
            history.record(
                    m.getFirstAccountId(),
                    m.getSecondAccountId(),
                    m.getEndedAt().toEpochMilli());
        }
        boolean live = session.isLive() && facts.runsToday(clock);
        var floor = new SessionFloor(
                sessionId,
                event.getId(),
                live,
                settings.terms(rules),
                policy,
                history,
                meetingIds::next,
                new SplittableRandom());
        LOG.log(Level.DEBUG, "Networking floor of session {0} loaded", sessionId);
        return new NetworkingSession(facts, floor, new SessionLane(threads.lanes()));
    }

    /**
     * The rules and blocks of a session as the matcher sees them now. Its own transaction: observers
     * of committed rules and blocks ask from within the finished one, which WildFly refuses to join.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MatchingPolicy policy(long sessionId, long eventId) {
        return rulesBook.policy(rulesBook.rulesOf(sessionId), blocks(eventId), lowRatings(sessionId), eventId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW) // see policy
    public Terms terms(long sessionId) {
        return settings.terms(rulesBook.rulesOf(sessionId));
    }

    private List<Rating> lowRatings(long sessionId) {
        return em.createNamedQuery(Rating.LOW_IN_SESSION, Rating.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    private List<Block> blocks(long eventId) {
        return em.createNamedQuery(Block.OF_EVENT, Block.class)
                .setParameter("event", eventId)
                .getResultList();
    }
}
