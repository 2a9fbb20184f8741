package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hallway.account.control.Passwords;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.platform.AllowedOrigins;
import org.hallway.ticket.control.AttendeeCsv;
import org.hallway.ticket.control.AttendeeEnrolment;
import org.hallway.ticket.control.AttendeeRow;
import org.hallway.ticket.control.RowProblem;
import org.hallway.ticket.entity.TicketType;

/**
 * {@code POST /api/admin/events/{slug}/attendees}: organisers import attendees from CSV
 * ({@code email,displayName,ticketType[,password]} with a header line). Each row creates an
 * ATTENDEE account and a ticket of the named type; rows are written in batches, each batch one
 * transaction; a bad row is reported with its line number and creates nothing; rows whose e-mail
 * already holds a ticket for the event change nothing, so an import can be repeated. Rows without
 * a password get an unusable one. Answers JSON: counts and the refused lines.
 */
@Path("admin/events/{slug}/attendees")
@RequestScoped
public class AttendeeImport {

    static final int BATCH = 500;
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(AttendeeImport.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecurityContext security;

    @Inject
    Events events;

    @Inject
    AllowedOrigins origins;

    @Inject
    Passwords passwords;

    @Inject
    AttendeeImportBatch batches;

    @PersistenceContext
    EntityManager em;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importAttendees(@PathParam("slug") String slug, @HeaderParam("Origin") String origin,
                                    @HeaderParam("Host") String host, InputStream body) throws IOException {
        if (!security.isCallerInRole("ADMIN")) {
            return refuse(Response.Status.FORBIDDEN, "Only organisers may import attendees.");
        }
        if (!origins.admits(origin, host)) {
            return refuse(Response.Status.FORBIDDEN, "Foreign origin.");
        }
        Event event = events.bySlug(slug).orElse(null);
        if (event == null) {
            return refuse(Response.Status.NOT_FOUND, "No such event.");
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refuse(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than " + MAX_BYTES + " bytes.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refuse(Response.Status.BAD_REQUEST, "The file is not UTF-8 text.");
        }
        AttendeeCsv.Parsed parsed;
        try {
            parsed = new AttendeeCsv(ticketTypes(event)).parse(text);
        } catch (AttendeeCsv.Unreadable e) {
            return refuse(Response.Status.BAD_REQUEST, e.getMessage());
        }
        Map<String, String> hashes = hashes(parsed.rows());
        java.util.function.Function<AttendeeRow, String> hashOf = row -> hashes.get(row.password());

        int created = 0;
        int ticketed = 0;
        int unchanged = 0;
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        List<AttendeeRow> rows = parsed.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<AttendeeRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<AttendeeEnrolment.Result> results = new ArrayList<>();
            try {
                results.add(batches.write(event.getId(), batch, hashOf));
            } catch (RuntimeException e) {
                // Something in the batch failed at the database (e.g. a concurrent import of the same
                // e-mail): the batch was rolled back; write its rows one by one to isolate the culprit.
                LOG.log(Level.DEBUG, "Import batch rolled back; retrying row by row", e);
                for (AttendeeRow row : batch) {
                    try {
                        results.add(batches.write(event.getId(), List.of(row), hashOf));
                    } catch (RuntimeException single) {
                        LOG.log(Level.WARNING, "Import of line " + row.line() + " failed", single);
                        problems.add(new RowProblem(row.line(), row.email(), "Could not be saved; nothing was created."));
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
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        for (RowProblem p : problems) {
            rejected.add(Json.createObjectBuilder().add("line", p.line()).add("email", p.email())
                    .add("message", p.message()));
        }
        JsonObject report = Json.createObjectBuilder()
                .add("event", event.getSlug())
                .add("rows", parsed.rows().size() + parsed.problems().size())
                .add("created", created)
                .add("ticketed", ticketed)
                .add("unchanged", unchanged)
                .add("rejected", rejected)
                .build();
        return Response.ok(report.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The event's ticket types by lower-case name. */
    private Map<String, Long> ticketTypes(Event event) {
        Map<String, Long> types = new HashMap<>();
        for (TicketType t : em.createNamedQuery(TicketType.OF_EVENT, TicketType.class).setParameter("event", event)
                .getResultList()) {
            types.put(t.getName().strip().toLowerCase(Locale.ROOT), t.getId());
        }
        return types;
    }

    /**
     * One hash per distinct password of the file (PBKDF2 costs ~50 ms), and one for rows without
     * a password: a random secret nobody knows, so those accounts cannot log in with a password.
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

    private static Response refuse(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
