package org.hallway.stage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.agenda.entity.SessionState;
import org.hallway.platform.Rejected;
import org.hallway.room.control.RoomView;
import org.hallway.room.control.Rooms;

/**
 * Who may do what on a session's stage, decided from committed facts in the caller's
 * transaction: the room's own rules first (admitted to the event, not removed from the room),
 * then the stage's: its speakers and moderators (organisers among them) publish and watch each
 * other in the green room before the session is LIVE and on air while it is; every other admitted
 * person watches only while it is LIVE; nobody after it ENDED.
 */
@ApplicationScoped
public class Stages {

    public static final String NOT_A_STAGE = "This session has no live stage.";
    public static final String OVER = "This stage is over.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Rooms rooms;

    @Inject
    Event<StageEnded> ended;

    /** The person's pass now; refused when they may not be on this stage at all. */
    public StagePass pass(long sessionId, long accountId) {
        RoomView view = rooms.view(sessionId, accountId);
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
        return new StagePass(
                sessionId,
                accountId,
                account.getDisplayName(),
                sessionId,
                backstage,
                backstage || live,
                publishers(session),
                view.moderator());
    }

    /** Everyone who may publish on this stage: its speakers and moderators, and the organisers. */
    private Set<Long> publishers(AgendaSession session) {
        Set<Long> ids = new HashSet<>();
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
