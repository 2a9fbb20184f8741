package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.ticket.control.Admissions;

/** An attendee's own tickets, read in one transaction and answered as values (account/tickets.xhtml). */
@ApplicationScoped
public class OwnTickets {

    /** One ticket with what the list shows of its event and type. */
    public record Line(
            String eventSlug,
            String eventName,
            String ticketType,
            LocalDateTime issuedAt,
            LocalDate firstDay,
            LocalDate lastDay,
            String timeZone) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions admissions;

    @Transactional
    public List<Line> of(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return List.of();
        }
        return admissions.ticketsOf(account).stream()
                .map(t -> new Line(
                        t.getEvent().getSlug(),
                        t.getEvent().getName(),
                        t.getTicketType().getName(),
                        t.getIssuedAt(),
                        t.getEvent().getFirstDay(),
                        t.getEvent().getLastDay(),
                        t.getEvent().getTimeZone()))
                .toList();
    }
}
