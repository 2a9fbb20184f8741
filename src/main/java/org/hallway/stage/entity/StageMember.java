package org.hallway.stage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** An attendee of a stage session who raised a hand or was brought on stage by a moderator. */
@Entity
@Table(name = "stage_member")
@NamedQuery(
        name = StageMember.OF_SESSION,
        query = "select m from StageMember m where m.sessionId = :session order by m.handRaisedAt, m.id")
@NamedQuery(
        name = StageMember.OF,
        query = "select m from StageMember m where m.sessionId = :session and m.accountId = :account")
public class StageMember extends Identified {

    public static final String OF_SESSION = "StageMember.ofSession";
    public static final String OF = "StageMember.of";

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "hand_raised_at")
    private LocalDateTime handRaisedAt;

    @Column(name = "on_stage", nullable = false)
    private boolean onStage;

    protected StageMember() {}

    public StageMember(long sessionId, long accountId) {
        this.sessionId = sessionId;
        this.accountId = accountId;
    }

    public void raiseHand(LocalDateTime at) {
        this.handRaisedAt = at;
    }

    public void lowerHand() {
        this.handRaisedAt = null;
    }

    /** On stage (the hand goes down) or off it. */
    public void putOnStage(boolean on) {
        this.onStage = on;
        this.handRaisedAt = null;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDateTime getHandRaisedAt() {
        return handRaisedAt;
    }

    public boolean isOnStage() {
        return onStage;
    }
}
