package org.hallway.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.control.AccountLookup;
import org.hallway.platform.Rejected;
import org.hallway.stage.control.StagePass;
import org.hallway.stage.control.Stages;

/** The stage's use cases, one transaction each; a {@link Rejected} rolls it back. */
@ApplicationScoped
public class StageDesk {

    @Inject
    Stages stages;

    @Inject
    AccountLookup accounts;

    /** The pass of the logged-in account (its login name, an e-mail address) on a session's stage. */
    @Transactional
    public StagePass pass(long sessionId, String login) {
        long accountId = accounts.byEmail(login)
                .orElseThrow(() -> Rejected.general(Stages.NOT_A_STAGE))
                .getId();
        return stages.pass(sessionId, accountId);
    }

    @Transactional
    public StagePass pass(long sessionId, long accountId) {
        return stages.pass(sessionId, accountId);
    }

    @Transactional
    public boolean isStage(long sessionId) {
        return stages.isStage(sessionId);
    }

    @Transactional
    public void raiseHand(long sessionId, long accountId, boolean raised) {
        stages.raiseHand(sessionId, accountId, raised);
    }

    @Transactional
    public void bringOnStage(long sessionId, long moderatorId, long accountId) {
        stages.bringOnStage(sessionId, moderatorId, accountId);
    }

    @Transactional
    public void takeOffStage(long sessionId, long moderatorId, long accountId) {
        stages.takeOffStage(sessionId, moderatorId, accountId);
    }

    @Transactional
    public void requireModerator(long sessionId, long moderatorId) {
        stages.requireModerator(sessionId, moderatorId);
    }

    @Transactional
    public org.hallway.stage.control.StageLineup lineup(long sessionId, long accountId) {
        stages.pass(sessionId, accountId);
        return stages.lineup(sessionId);
    }
}
