package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hallway.account.control.AccountMail;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.event.entity.Event;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/**
 * Writes a batch of checked import rows in the caller's transaction: a new e-mail gets an
 * ATTENDEE account and a ticket; an existing account without a ticket for the event gets one
 * (its password and name are left alone); an account that holds a ticket already is left as it is,
 * so importing the same file twice changes nothing. A ticket type that is full refuses the row.
 * A new account imported without a password is mailed a link to choose one.
 */
@ApplicationScoped
public class AttendeeEnrolment {

    /** What one batch did. */
    public record Result(int created, int ticketed, int unchanged, List<RowProblem> problems) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountMail mails;

    /**
     * @param hashOf the password hash for a row (computed before the transaction: hashing is slow)
     */
    public Result enrol(long eventId, List<AttendeeRow> rows, Function<AttendeeRow, String> hashOf) {
        Event event = em.find(Event.class, eventId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> emails = rows.stream().map(AttendeeRow::email).toList();
        Map<String, Account> existing = new HashMap<>();
        if (!emails.isEmpty()) {
            for (Account a : em.createQuery("select a from Account a where a.email in :emails", Account.class)
                    .setParameter("emails", emails)
                    .getResultList()) {
                existing.put(a.getEmail(), a);
            }
        }
        Set<Long> ticketed = new HashSet<>();
        if (!existing.isEmpty()) {
            ticketed.addAll(em.createQuery(
                            "select t.account.id from Ticket t where t.event = :event and t.account in :accounts",
                            Long.class)
                    .setParameter("event", event)
                    .setParameter("accounts", new ArrayList<>(existing.values()))
                    .getResultList());
        }
        Map<Long, TicketType> types = new HashMap<>();
        Map<Long, Long> issued = new HashMap<>();
        int created = 0;
        int given = 0;
        int unchanged = 0;
        List<RowProblem> problems = new ArrayList<>();
        for (AttendeeRow row : rows) {
            Account account = existing.get(row.email());
            if (account != null && ticketed.contains(account.getId())) {
                unchanged++;
                continue;
            }
            TicketType type = types.computeIfAbsent(row.ticketTypeId(), id -> em.find(TicketType.class, id));
            if (type == null || type.getEvent().getId() != eventId) {
                problems.add(new RowProblem(row.line(), row.email(), "The ticket type no longer exists."));
                continue;
            }
            long count = issued.computeIfAbsent(
                    type.getId(),
                    id -> em.createNamedQuery(Ticket.COUNT_OF_TYPE, Long.class)
                            .setParameter("type", type)
                            .getSingleResult());
            if (type.getCapacity() != null && count >= type.getCapacity()) {
                problems.add(new RowProblem(
                        row.line(),
                        row.email(),
                        "The ticket type '" + type.getName() + "' is sold out (" + type.getCapacity() + ")."));
                continue;
            }
            if (account == null) {
                account = new Account(row.email(), hashOf.apply(row), row.displayName(), now, Role.ATTENDEE);
                em.persist(account);
                if (row.password() == null) {
                    mails.askToSetPassword(account, event.getName()); // else nobody could ever log in
                }
                existing.put(row.email(), account);
                created++;
            } else {
                given++;
            }
            em.persist(new Ticket(type, account, now));
            ticketed.add(account.getId());
            issued.put(type.getId(), count + 1);
        }
        em.flush();
        return new Result(created, given, unchanged, problems);
    }
}
