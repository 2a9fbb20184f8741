package org.hallway.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.platform.AllowedOrigins;
import org.hallway.ticket.control.AttendeeCsv;
import org.hallway.ticket.control.RowProblem;

/**
 * {@code POST /api/admin/events/{slug}/attendees}: organisers import attendees from CSV
 * ({@code email,displayName,ticketType[,password]} with a header line, {@code Content-Type: text/csv}).
 * Each row creates an ATTENDEE account and a ticket of the named type; rows are written in batches,
 * each batch one transaction; a bad row is reported with its line number and creates nothing; rows
 * whose e-mail already holds a ticket for the event change nothing, so an import can be repeated.
 * Rows without a password get an unusable one and a mail to choose theirs. Answers JSON: counts and
 * the refused lines. The import itself is {@link AttendeeImporter}'s, shared with the import page.
 *
 * <p>A servlet, not a Jakarta REST resource: it was the only one, and the REST runtime it alone
 * needed was started with every deployment (docs/performance.md "Start-up").
 */
@WebServlet("/api/admin/events/*")
public class AttendeeImport extends HttpServlet {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/attendees");

    @Inject
    transient Events events;

    @Inject
    transient AllowedOrigins origins;

    @Inject
    transient AttendeeImporter importer;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No such resource.");
            return;
        }
        if (!request.isUserInRole("ADMIN")) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Only organisers may import attendees.");
            return;
        }
        if (!origins.admits(request.getHeader("Origin"), request.getHeader("Host"))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Foreign origin.");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/csv")) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send the file as text/csv.");
            return;
        }
        Event event = events.bySlug(path.group(1)).orElse(null);
        if (event == null) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No such event.");
            return;
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The file is larger than " + MAX_BYTES + " bytes.");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The file is not UTF-8 text.");
            return;
        }
        AttendeeImporter.Report report;
        try {
            report = importer.run(event, text);
        } catch (AttendeeCsv.Unreadable e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        for (RowProblem p : report.problems()) {
            rejected.add(Json.createObjectBuilder().add("line", p.line()).add("email", p.email())
                    .add("message", p.message()));
        }
        JsonObject answer = Json.createObjectBuilder()
                .add("event", event.getSlug())
                .add("rows", report.rows())
                .add("created", report.created())
                .add("ticketed", report.ticketed())
                .add("unchanged", report.unchanged())
                .add("rejected", rejected)
                .build();
        send(response, HttpServletResponse.SC_OK, answer);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, Json.createObjectBuilder().add("error", message).build());
    }

    private static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
