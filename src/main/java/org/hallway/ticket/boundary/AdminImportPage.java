package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Pages;
import org.hallway.platform.Violation;
import org.hallway.ticket.control.AttendeeCsv;

/**
 * {@code admin/import.xhtml?event=}: the attendee import for organisers, from an uploaded CSV file or
 * pasted text ({@code email,displayName,ticketType[,password]} with a header line), with the
 * result and every refused line shown.
 */
@Named
@RequestScoped
public class AdminImportPage extends OrganiserEventPage {

    static final String FORM = "import";

    @Inject
    AttendeeImporter importer;

    private Part file;
    private String pasted;
    private AttendeeImporter.Report report;

    public void load() {
        findEvent();
    }

    public void run() {
        var faces = FacesContext.getCurrentInstance();
        if (!eventStillThere()) {
            Pages.error(faces, "This event no longer exists.");
            return;
        }
        String text;
        try {
            text = text();
        } catch (IOException e) {
            Pages.show(
                    faces,
                    FORM,
                    java.util.List.of(Violation.of("file", "The file could not be read; please try again.")));
            return;
        }
        if (text == null) {
            Pages.show(
                    faces,
                    FORM,
                    java.util.List.of(
                            Violation.of("file", "Choose a CSV file, or paste its lines below (UTF-8 text).")));
            return;
        }
        try {
            report = importer.run(event.id(), text);
        } catch (AttendeeCsv.Unreadable e) {
            Pages.show(faces, FORM, java.util.List.of(Violation.of("file", e.getMessage())));
        }
    }

    /** The upload's text, else the pasted text, else null (also for anything that is not UTF-8). */
    private String text() throws IOException {
        if (file != null && file.getSize() > 0) {
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(AttendeeImport.MAX_BYTES + 1);
            }
            if (bytes.length > AttendeeImport.MAX_BYTES) {
                return null;
            }
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return pasted == null || pasted.isBlank() ? null : pasted;
    }

    public AttendeeImporter.Report getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }
}
