package org.hallway.networking.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hallway.platform.Identified;

/**
 * How a networking session pairs people and times their meetings. One row per session; a session
 * without a row uses the defaults. Values are validated by the control layer before they get here.
 */
@Entity
@Table(name = "networking_rules")
@NamedQuery(name = NetworkingRules.OF_SESSION, query = "select r from NetworkingRules r where r.sessionId = :session")
public class NetworkingRules extends Identified {

    public static final String OF_SESSION = "NetworkingRules.ofSession";
    public static final int DEFAULT_MEETING_SECONDS = 180;
    public static final int MAX_MEETING_SECONDS = 3600;
    public static final int DEFAULT_COOLDOWN_SECONDS = 300;
    public static final int MAX_COOLDOWN_SECONDS = 86_400;
    public static final int MAX_EXTENSIONS = 10;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "meeting_seconds", nullable = false)
    private int meetingSeconds = DEFAULT_MEETING_SECONDS;

    @Column(name = "allow_rematch", nullable = false)
    private boolean allowRematch;

    @Column(name = "rematch_cooldown_seconds", nullable = false)
    private int rematchCooldownSeconds = DEFAULT_COOLDOWN_SECONDS;

    @Column(name = "leave_after_seconds", nullable = false)
    private int leaveAfterSeconds;

    @Column(name = "max_extensions", nullable = false)
    private int maxExtensions = 1;

    @Column(name = "restrict_pairing", nullable = false)
    private boolean restrictPairing;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "networking_pairing", joinColumns = @JoinColumn(name = "rules_id"))
    private Set<TicketTypePairing> pairings = new HashSet<>();

    @Version
    private long version;

    protected NetworkingRules() {}

    /** The defaults for a session. */
    public NetworkingRules(long sessionId) {
        this.sessionId = sessionId;
    }

    public void change(
            int meetingSeconds,
            boolean allowRematch,
            int rematchCooldownSeconds,
            int leaveAfterSeconds,
            int maxExtensions,
            boolean restrictPairing,
            Set<TicketTypePairing> pairings) {
        this.meetingSeconds = meetingSeconds;
        this.allowRematch = allowRematch;
        this.rematchCooldownSeconds = rematchCooldownSeconds;
        this.leaveAfterSeconds = leaveAfterSeconds;
        this.maxExtensions = maxExtensions;
        this.restrictPairing = restrictPairing;
        this.pairings = new HashSet<>(pairings);
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getMeetingSeconds() {
        return meetingSeconds;
    }

    public boolean isAllowRematch() {
        return allowRematch;
    }

    public int getRematchCooldownSeconds() {
        return rematchCooldownSeconds;
    }

    public int getLeaveAfterSeconds() {
        return leaveAfterSeconds;
    }

    public int getMaxExtensions() {
        return maxExtensions;
    }

    public boolean isRestrictPairing() {
        return restrictPairing;
    }

    public Set<TicketTypePairing> getPairings() {
        return Set.copyOf(pairings);
    }
}
