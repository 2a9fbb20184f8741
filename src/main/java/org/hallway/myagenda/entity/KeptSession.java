package org.hallway.myagenda.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** A session an attendee keeps on "My agenda"; by ids, so the agenda and accounts know nothing of it. */
@Entity
@Table(name = "kept_session")
public class KeptSession extends Identified {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    /** UTC. */
    @Column(name = "kept_at", nullable = false)
    private LocalDateTime keptAt;

    protected KeptSession() {}

    public KeptSession(long accountId, long sessionId, LocalDateTime keptAt) {
        this.accountId = accountId;
        this.sessionId = sessionId;
        this.keptAt = keptAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public LocalDateTime getKeptAt() {
        return keptAt;
    }
}
