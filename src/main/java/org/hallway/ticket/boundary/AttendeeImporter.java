package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hallway.account.control.Passwords;
import org.hallway.ticket.control.AttendeeCsv;
import org.hallway.ticket.control.AttendeeEnrolment;
import org.hallway.ticket.control.AttendeeRow;
import org.hallway.ticket.control.RowProblem;

/**
 * The attendee import shared by the REST endpoint and the organisers' import page: CSV
 * ({@code email,displayName,ticketType[,password]} with a header line) written in batches, each
 * batch one transaction; a bad row is reported with its line number and creates nothing; rows
 * whose e-mail already holds a ticket for the event change nothing, so an import can be repeated.
 * Rows without a password get an unusable one and a mail to choose their own.
 */
@ApplicationScoped
public class AttendeeImporter {

    static final int BATCH = 500;

    private static final System.Logger LOG = System.getLogger(AttendeeImporter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an import did. */
    public record Report(int rows, int created, int ticketed, int unchanged, List<RowProblem> problems) {}

    @Inject
    Passwords passwords;

    @Inject
    AttendeeImportBatch batches;

    @PersistenceContext
    EntityManager em;

    public Report run(long eventId, String text) throws AttendeeCsv.Unreadable {
        AttendeeCsv.Parsed parsed = new AttendeeCsv(ticketTypes(eventId)).parse(text);
        Map<String, String> hashes = hashes(parsed.rows());
        Function<AttendeeRow, String> hashOf = row -> hashes.get(row.password());

        int created = 0;
        int ticketed = 0;
        int unchanged = 0;
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        List<AttendeeRow> rows = parsed.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<AttendeeRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<AttendeeEnrolment.Result> results = new ArrayList<>();
            try {
                results.add(batches.write(eventId, batch, hashOf));
            } catch (RuntimeException e) {
                // Something in the batch failed at the database (e.g. a concurrent import of the same
                // e-mail): the batch was rolled back; write its rows one by one to isolate the culprit.
                LOG.log(Level.DEBUG, "Import batch rolled back; retrying row by row", e);
                for (AttendeeRow row : batch) {
                    try {
                        results.add(batches.write(eventId, List.of(row), hashOf));
                    } catch (RuntimeException single) {
                        LOG.log(Level.WARNING, "Import of line " + row.line() + " failed", single);
                        problems.add(
                                new RowProblem(row.line(), row.email(), "Could not be saved; nothing was created."));
                    }
                }
            }
            for (var result : results) {
                created += result.created();
                ticketed += result.ticketed();
                unchanged += result.unchanged();
                problems.addAll(result.problems());
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new Report(
                parsed.rows().size() + parsed.problems().size(), created, ticketed, unchanged, List.copyOf(problems));
    }

    /** The event's ticket types by lower-case name. */
    private Map<String, Long> ticketTypes(long eventId) {
        Map<String, Long> types = new HashMap<>();
        for (Object[] t : em.createQuery(
                        "select t.id, t.name from TicketType t where t.event.id = :event", Object[].class)
                .setParameter("event", eventId)
                .getResultList()) {
            types.put(((String) t[1]).strip().toLowerCase(Locale.ROOT), (Long) t[0]);
        }
        return types;
    }

    /**
     * One hash per distinct password of the file (PBKDF2 costs ~50 ms), and one for rows without
     * a password: a random secret nobody knows, so those accounts cannot log in with a password
     * until they choose one through the mailed link.
     */
    private Map<String, String> hashes(List<AttendeeRow> rows) {
        Map<String, String> hashes = new HashMap<>();
        for (AttendeeRow row : rows) {
            if (row.password() == null) {
                hashes.computeIfAbsent(null, k -> passwords.hash(randomSecret()));
            } else {
                hashes.computeIfAbsent(row.password(), passwords::hash);
            }
        }
        return hashes;
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
