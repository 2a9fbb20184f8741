package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallway.account.boundary.Accounts;

/** The caller's own tickets, and only theirs: the account comes from the login, never from a parameter. */
@Named
@RequestScoped
public class MyTicketsPage {

    private static final DateTimeFormatter ISSUED =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    @Inject
    Accounts accounts;

    @Inject
    OwnTickets own;

    private List<OwnTickets.Line> tickets;

    public List<OwnTickets.Line> getTickets() {
        if (tickets == null) {
            tickets = accounts.current().map(a -> own.of(a.id())).orElse(List.of());
        }
        return tickets;
    }

    /** Issue times are stored in UTC (the server's clock). */
    public String issued(OwnTickets.Line ticket) {
        return ticket.issuedAt().atOffset(ZoneOffset.UTC).format(ISSUED);
    }
}
