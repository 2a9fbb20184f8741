package org.hallway.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.hallway.account.control.Person;
import org.hallway.people.control.DirectoryPage;
import org.hallway.people.control.Listing;

/**
 * An event's people directory: its ticket holders who are listed, by name, a page at a time. The
 * event narrows the tickets through their (event, account) index; a page is one query of
 * {@value #PAGE_SIZE} rows plus one count, never the whole list. Answers values only.
 */
@ApplicationScoped
public class Directory {

    public static final int PAGE_SIZE = 24;
    /** Longer searches are cut to this (a name is at most 80 characters, a headline 140). */
    public static final int MAX_QUERY = 140;

    // Native SQL, portable to H2 and PostgreSQL: EclipseLink writes a JPQL query whose parameters sit in
    // functions with its values inline, and a boolean as 1, which H2 refuses for a BOOLEAN column.
    private static final String FROM = " FROM ticket t JOIN account a ON a.id = t.account_id"
            + " JOIN ticket_type tt ON tt.id = t.ticket_type_id WHERE t.event_id = ? AND a.listed = TRUE";
    private static final String SEARCH =
            " AND (LOWER(a.display_name) LIKE ? ESCAPE '!'" + " OR LOWER(a.headline) LIKE ? ESCAPE '!')";

    @PersistenceContext
    EntityManager em;

    /**
     * Page {@code page} (0-based; past the end gives the last page) of the event's listed attendees whose
     * name or headline contains {@code query} (ignoring case; blank: everyone), ordered by name.
     */
    @Transactional
    public DirectoryPage page(long eventId, String query, int page) {
        String pattern = pattern(searched(query));
        String where = FROM + (pattern == null ? "" : SEARCH);
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + where), eventId, pattern)
                        .getSingleResult())
                .longValue();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        Query rows = bind(
                em.createNativeQuery("SELECT a.id, a.display_name, a.headline, a.headshot_image_id, tt.name" + where
                        + " ORDER BY LOWER(a.display_name), a.id"),
                eventId,
                pattern);
        List<?> found =
                rows.setFirstResult(shown * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<Listing> listings = found.stream()
                .map(Object[].class::cast)
                .map(r -> new Listing(
                        new Person(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                (String) r[2],
                                Person.headshotUrl(r[3] == null ? null : ((Number) r[3]).longValue())),
                        (String) r[4]))
                .toList();
        return new DirectoryPage(listings, total, shown, PAGE_SIZE);
    }

    private static Query bind(Query query, long eventId, String pattern) {
        query.setParameter(1, eventId);
        if (pattern != null) {
            query.setParameter(2, pattern).setParameter(3, pattern);
        }
        return query;
    }

    /** A LIKE pattern of the searched text anywhere, its % _ and ! taken literally; null when none. */
    static String pattern(String searched) {
        return searched == null
                ? null
                : "%" + searched.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** What is searched for: lower case, without surrounding space, at most {@value #MAX_QUERY} characters; null when blank. */
    static String searched(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String text = query.strip().toLowerCase(Locale.ROOT);
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }
}
