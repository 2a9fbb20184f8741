package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.boundary.EventRef;
import org.hallway.platform.AllowedOrigins;
import org.hallway.ticket.control.AttendeeCsv;
import org.hallway.ticket.control.RowProblem;

/**
 * {@code POST /api/admin/events/{slug}/attendees}: organisers import attendees from CSV
 * ({@code email,displayName,ticketType[,password]} with a header line). Each row creates an
 * ATTENDEE account and a ticket of the named type; rows are written in batches, each batch one
 * transaction; a bad row is reported with its line number and creates nothing; rows whose e-mail
 * already holds a ticket for the event change nothing, so an import can be repeated. Rows without
 * a password get an unusable one and a mail to choose theirs. Answers JSON: counts and the refused
 * lines. The import itself is {@link AttendeeImporter}'s, shared with the import page.
 */
@Path("admin/events/{slug}/attendees")
@RequestScoped
public class AttendeeImport {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    SecurityContext security;

    @Inject
    EventAdministration eventAdministration;

    @Inject
    AllowedOrigins origins;

    @Inject
    AttendeeImporter importer;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importAttendees(
            @PathParam("slug") String slug,
            @HeaderParam("Origin") String origin,
            @HeaderParam("Host") String host,
            InputStream body)
            throws IOException {
        if (!security.isCallerInRole("ADMIN")) {
            return refuse(Response.Status.FORBIDDEN, "Only organisers may import attendees.");
        }
        if (!origins.admits(origin, host)) {
            return refuse(Response.Status.FORBIDDEN, "Foreign origin.");
        }
        EventRef event = eventAdministration.ref(slug).orElse(null);
        if (event == null) {
            return refuse(Response.Status.NOT_FOUND, "No such event.");
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refuse(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than " + MAX_BYTES + " bytes.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return refuse(Response.Status.BAD_REQUEST, "The file is not UTF-8 text.");
        }
        AttendeeImporter.Report report;
        try {
            report = importer.run(event.id(), text);
        } catch (AttendeeCsv.Unreadable e) {
            return refuse(Response.Status.BAD_REQUEST, e.getMessage());
        }
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        for (RowProblem p : report.problems()) {
            rejected.add(Json.createObjectBuilder()
                    .add("line", p.line())
                    .add("email", p.email())
                    .add("message", p.message()));
        }
        JsonObject answer = Json.createObjectBuilder()
                .add("event", event.slug())
                .add("rows", report.rows())
                .add("created", report.created())
                .add("ticketed", report.ticketed())
                .add("unchanged", report.unchanged())
                .add("rejected", rejected)
                .build();
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response refuse(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", message).build().toString())
                .build();
    }
}
