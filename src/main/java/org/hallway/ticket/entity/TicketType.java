package org.hallway.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hallway.event.entity.Event;
import org.hallway.platform.Identified;

/** A kind of ticket for an event (e.g. Attendee, Sponsor), with its own invite link token. */
@Entity
@Table(name = "ticket_type")
@NamedQuery(name = TicketType.OF_EVENT, query = "select t from TicketType t where t.event = :event order by t.name")
@NamedQuery(name = TicketType.BY_TOKEN, query = "select t from TicketType t where t.inviteToken = :token")
public class TicketType extends Identified {

    public static final String OF_EVENT = "TicketType.ofEvent";
    public static final String BY_TOKEN = "TicketType.byToken";
    public static final int MAX_NAME = 80;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false)
    private String name;

    private Integer capacity;

    @Column(name = "invite_token", nullable = false)
    private String inviteToken;

    @Version
    private long version;

    protected TicketType() {}

    public TicketType(Event event, String name, Integer capacity, String inviteToken) {
        this.event = event;
        this.name = name;
        this.capacity = capacity;
        this.inviteToken = inviteToken;
    }

    public void rename(String name, Integer capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    /** A new token invalidates the old invite link. */
    public void replaceInviteToken(String token) {
        this.inviteToken = token;
    }

    public Event getEvent() {
        return event;
    }

    public String getName() {
        return name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getInviteToken() {
        return inviteToken;
    }
}
