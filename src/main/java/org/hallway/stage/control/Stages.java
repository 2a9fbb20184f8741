package org.hallway.stage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.agenda.entity.SessionState;
import org.hallway.platform.Rejected;
import org.hallway.room.control.RoomRules;
import org.hallway.room.control.RoomView;
import org.hallway.room.control.RoomViews;
import org.hallway.stage.entity.StageMember;

/**
 * Who may do what on a session's stage, decided from committed facts in the caller's
 * transaction: the room's own rules first (admitted to the event, not removed from the room),
 * then the stage's: its speakers and moderators (organisers among them) publish and watch each
 * other in the green room before the session is LIVE and on air while it is; every other admitted
 * person watches only while it is LIVE, and publishes while a moderator has brought them on stage
 * (a raised hand first, usually); nobody is on a stage after it ENDED.
 */
@ApplicationScoped
public class Stages {

    public static final String NOT_A_STAGE = "This session has no live stage.";
    public static final String OVER = "This stage is over.";

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomViews roomViews;

    @Inject
    RoomRules roomRules;

    @Inject
    Event<StageEnded> ended;

    @Inject
    Event<StageChanged> changed;

    @Inject
    Clock clock;

    /** The person's pass now; refused when they may not be on this stage at all. */
    public StagePass pass(long sessionId, long accountId) {
        RoomView view = roomViews.view(sessionId, accountId);
        AgendaSession session = em.find(AgendaSession.class, sessionId);
        if (session.getContentKind() != ContentKind.STAGE) {
            throw Rejected.general(NOT_A_STAGE);
        }
        if (session.getState() == SessionState.ENDED) {
            throw Rejected.general(OVER);
        }
        boolean live = session.getState() == SessionState.LIVE;
        boolean backstage = view.backstage();
        Account account = em.find(Account.class, accountId);
        boolean broughtOn =
                live && member(sessionId, accountId).map(StageMember::isOnStage).orElse(false);
        return new StagePass(
                sessionId,
                accountId,
                account.getDisplayName(),
                sessionId,
                backstage || broughtOn,
                backstage || live,
                publishers(session),
                view.moderator());
    }

    public static final String NOT_ON_AIR = "Hands are raised once the stage is on air.";
    public static final String ON_STAGE_ALREADY = "Speakers and moderators are on stage already.";

    /** An attendee raises (or lowers) a hand while the stage is on air. */
    public void raiseHand(long sessionId, long accountId, boolean raised) {
        StagePass pass = pass(sessionId, accountId);
        AgendaSession session = em.find(AgendaSession.class, sessionId);
        if (session.getState() != SessionState.LIVE) {
            throw Rejected.general(NOT_ON_AIR);
        }
        if (pass.publish() && !raised) {
            return;
        }
        if (pass.publish()) {
            throw Rejected.general(ON_STAGE_ALREADY);
        }
        StageMember member = memberOrNew(sessionId, accountId);
        if (raised) {
            if (member.getHandRaisedAt() == null) {
                member.raiseHand(LocalDateTime.now(clock));
            }
        } else {
            member.lowerHand();
        }
        announce(sessionId, 0);
    }

    /** A moderator brings an admitted attendee on stage (they then check their devices and publish). */
    public void bringOnStage(long sessionId, long moderatorId, long accountId) {
        AgendaSession session = roomRules.moderated(sessionId, moderatorId);
        if (session.getState() != SessionState.LIVE) {
            throw Rejected.general(NOT_ON_AIR);
        }
        StagePass pass = pass(sessionId, accountId); // admitted, not removed
        if (pass.publish()) {
            throw Rejected.general(ON_STAGE_ALREADY);
        }
        if (lineup(sessionId).onStage().size() >= JanusRooms.PUBLISHERS) {
            throw Rejected.general("The stage is full (" + JanusRooms.PUBLISHERS + " cameras).");
        }
        memberOrNew(sessionId, accountId).putOnStage(true);
        announce(sessionId, 0);
    }

    /** A moderator takes someone they brought on stage off it again: Janus drops their camera. */
    public void takeOffStage(long sessionId, long moderatorId, long accountId) {
        roomRules.moderated(sessionId, moderatorId);
        StageMember member = member(sessionId, accountId)
                .filter(StageMember::isOnStage)
                .orElseThrow(() -> Rejected.general("They are not on stage (speakers stay on it)."));
        member.putOnStage(false);
        announce(sessionId, accountId);
    }

    /** Checks that the account moderates the session (for muting through Janus). */
    public void requireModerator(long sessionId, long moderatorId) {
        roomRules.moderated(sessionId, moderatorId);
    }

    /** Who is brought on stage and whose hand is up, in order. */
    public StageLineup lineup(long sessionId) {
        List<StageLineup.Person> on = new ArrayList<>();
        List<StageLineup.Person> hands = new ArrayList<>();
        for (StageMember m : em.createNamedQuery(StageMember.OF_SESSION, StageMember.class)
                .setParameter("session", sessionId)
                .getResultList()) {
            Account a = em.find(Account.class, m.getAccountId());
            var person = new StageLineup.Person(a.getId(), a.getDisplayName());
            if (m.isOnStage()) {
                on.add(person);
            } else if (m.getHandRaisedAt() != null) {
                hands.add(person);
            }
        }
        return new StageLineup(sessionId, on, hands);
    }

    private void announce(long sessionId, long kicked) {
        em.flush();
        changed.fire(new StageChanged(lineup(sessionId), kicked));
    }

    private java.util.Optional<StageMember> member(long sessionId, long accountId) {
        return em.createNamedQuery(StageMember.OF, StageMember.class)
                .setParameter("session", sessionId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private StageMember memberOrNew(long sessionId, long accountId) {
        return member(sessionId, accountId).orElseGet(() -> {
            StageMember m = new StageMember(sessionId, accountId);
            em.persist(m);
            return m;
        });
    }

    /**
     * Everyone who may publish on this stage: its speakers and moderators, the organisers, and the
     * attendees brought on stage.
     */
    private Set<Long> publishers(AgendaSession session) {
        Set<Long> ids = new HashSet<>();
        em
                .createNamedQuery(StageMember.OF_SESSION, StageMember.class)
                .setParameter("session", session.getId())
                .getResultList()
                .stream()
                .filter(StageMember::isOnStage)
                .forEach(m -> ids.add(m.getAccountId()));
        session.getSpeakers().forEach(a -> ids.add(a.getId()));
        session.getModerators().forEach(a -> ids.add(a.getId()));
        ids.addAll(em.createQuery("select a.id from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getResultList());
        return ids;
    }

    /** Whether the session is a stage (for the lifecycle: its room ends with it). */
    public boolean isStage(long sessionId) {
        AgendaSession session = em.find(AgendaSession.class, sessionId);
        return session != null && session.getContentKind() == ContentKind.STAGE;
    }

    /**
     * A stage that ends, in the ending transaction: {@link StageEnded} follows, observed after the
     * commit (read here, inside the transaction: after it, at start-up, no entity manager is at hand).
     */
    void onSessionStateChanged(@Observes SessionStateChanged change) {
        if (change.state() == SessionState.ENDED && isStage(change.sessionId())) {
            ended.fire(new StageEnded(change.sessionId()));
        }
    }
}
