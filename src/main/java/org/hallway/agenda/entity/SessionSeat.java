package org.hallway.agenda.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.account.entity.Account;
import org.hallway.platform.Identified;

/** An attendee's seat in a session: counted against the session's capacity. */
@Entity
@Table(name = "session_seat")
@NamedQuery(name = SessionSeat.COUNT, query = "select count(s) from SessionSeat s where s.session = :session")
@NamedQuery(
        name = SessionSeat.OF,
        query = "select s from SessionSeat s where s.session = :session and s.account = :account")
public class SessionSeat extends Identified {

    public static final String COUNT = "SessionSeat.count";
    public static final String OF = "SessionSeat.of";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private AgendaSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    protected SessionSeat() {}

    public SessionSeat(AgendaSession session, Account account, LocalDateTime joinedAt) {
        this.session = session;
        this.account = account;
        this.joinedAt = joinedAt;
    }

    public AgendaSession getSession() {
        return session;
    }

    public Account getAccount() {
        return account;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }
}
