package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import org.hallway.account.control.Accounts;
import org.hallway.ticket.control.Admissions;
import org.hallway.ticket.entity.Ticket;

/** The caller's own tickets, and only theirs: the account comes from the login, never from a parameter. */
@Named
@RequestScoped
public class MyTicketsPage {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    @Inject
    Accounts accounts;

    @Inject
    Admissions admissions;

    private List<Ticket> tickets;

    public List<Ticket> getTickets() {
        if (tickets == null) {
            tickets = accounts.current().map(admissions::ticketsOf).orElse(List.of());
        }
        return tickets;
    }

    /** Issue times are stored in UTC (the server's clock). */
    public String issued(Ticket ticket) {
        return ticket.getIssuedAt().atOffset(ZoneOffset.UTC).format(ISSUED);
    }
}
