package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hallway.platform.Csv;
import org.hallway.ticket.entity.Ticket;

/** An event's registrations, filtered by a search over name and e-mail, a page at a time or as CSV. */
@ApplicationScoped
public class RegistrationSearch {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_QUERY = 100;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One page of results and how many there are in all. */
    public record Page(List<RegistrationRow> rows, long total, int page, int pages) implements java.io.Serializable {}

    @PersistenceContext
    EntityManager em;

    public Page page(long eventId, String query, int page) {
        String like = like(query);
        long total = em.createQuery(
                        "select count(t) from Ticket t where t.event.id = :event" + filter(like), Long.class)
                .setParameter("event", eventId)
                .setParameter("like", like == null ? "" : like)
                .getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<RegistrationRow> rows = tickets(eventId, like)
                .setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(RegistrationSearch::row)
                .toList();
        return new Page(rows, total, current, pages);
    }

    /** Every matching registration as CSV: formula-safe cells, as the matches export. */
    public String csv(long eventId, String query) {
        var out = new StringBuilder(
                Csv.line(List.of("name", "email", "email_confirmed", "ticket_type", "issued_at_utc")));
        for (Ticket t : tickets(eventId, like(query)).getResultList()) {
            RegistrationRow r = row(t);
            out.append(Csv.line(Arrays.asList(
                    r.name(), r.email(), r.emailVerified() ? "yes" : "no", r.ticketType(), r.issuedAt())));
        }
        return out.toString();
    }

    private TypedQuery<Ticket> tickets(long eventId, String like) {
        return em.createQuery(
                        "select t from Ticket t join fetch t.account join fetch t.ticketType"
                                + " where t.event.id = :event" + filter(like) + " order by t.issuedAt, t.id",
                        Ticket.class)
                .setParameter("event", eventId)
                .setParameter("like", like == null ? "" : like);
    }

    /** Always binds :like, so both query shapes take the same parameters. */
    private static String filter(String like) {
        return like == null
                ? " and :like = ''"
                : " and (lower(t.account.email) like :like escape '\\' or lower(t.account.displayName) like :like escape '\\')";
    }

    /** The search as a LIKE pattern (wildcards typed by the user match literally), or null for none. */
    static String like(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static RegistrationRow row(Ticket t) {
        return new RegistrationRow(
                t.getId(),
                t.getAccount().getDisplayName(),
                t.getAccount().getEmail(),
                t.getAccount().isEmailVerified(),
                t.getTicketType().getName(),
                ISSUED.format(t.getIssuedAt()));
    }
}
