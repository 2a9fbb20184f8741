package org.hallway.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.account.entity.Account;
import org.hallway.event.entity.Event;
import org.hallway.platform.Identified;

/** An attendee's admission to an event; at most one per attendee and event. */
@Entity
@Table(name = "ticket")
@NamedQuery(
        name = Ticket.OF_ACCOUNT_FOR_EVENT,
        query = "select t from Ticket t where t.account = :account and t.event = :event")
@NamedQuery(name = Ticket.OF_ACCOUNT, query = "select t from Ticket t where t.account = :account order by t.issuedAt")
@NamedQuery(name = Ticket.OF_EVENT, query = "select t from Ticket t where t.event = :event order by t.issuedAt")
@NamedQuery(name = Ticket.COUNT_OF_TYPE, query = "select count(t) from Ticket t where t.ticketType = :type")
public class Ticket extends Identified {

    public static final String OF_ACCOUNT_FOR_EVENT = "Ticket.ofAccountForEvent";
    public static final String OF_ACCOUNT = "Ticket.ofAccount";
    public static final String OF_EVENT = "Ticket.ofEvent";
    public static final String COUNT_OF_TYPE = "Ticket.countOfType";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_type_id")
    private TicketType ticketType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected Ticket() {}

    public Ticket(TicketType ticketType, Account account, LocalDateTime issuedAt) {
        this.event = ticketType.getEvent();
        this.ticketType = ticketType;
        this.account = account;
        this.issuedAt = issuedAt;
    }

    public Event getEvent() {
        return event;
    }

    public TicketType getTicketType() {
        return ticketType;
    }

    public Account getAccount() {
        return account;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
