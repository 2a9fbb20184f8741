package org.hallway.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.hallway.demo.DemoConfiguration;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.OutboxEntry;
import org.hallway.platform.Pages;

/**
 * {@code outbox.xhtml}: the mails Hallway wrote and how their delivery went. Organisers see every
 * attempt and failure; the bodies (which hold personal links) only in demo mode, where anyone may
 * look, so the mail flows can be tried on one machine without an SMTP server.
 */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    MailAdministration mails;

    @Inject
    MailSettings settings;

    @Inject
    DemoConfiguration demo;

    @Inject
    FacesContext faces;

    private List<OutboxEntry> entries;

    /** View action: organisers, and in demo mode anyone. */
    public void open() throws IOException {
        if (!demo.enabled() && !faces.getExternalContext().isUserInRole("ADMIN")) {
            faces.getExternalContext().responseSendError(403, "Organisers only");
            faces.responseComplete();
        }
    }

    public List<OutboxEntry> getEntries() {
        if (entries == null) {
            entries = mails.recent();
        }
        return entries;
    }

    public boolean isShowBodies() {
        return demo.enabled();
    }

    public boolean isSmtpConfigured() {
        return settings.smtpConfigured();
    }

    public boolean isOrganiser() {
        return faces.getExternalContext().isUserInRole("ADMIN");
    }

    public String retry(long id) {
        if (!isOrganiser()) {
            return null;
        }
        if (!Pages.attempt(faces, "outbox", () -> mails.retry(id))) {
            return null;
        }
        Pages.info(faces, "The mail is queued again.");
        return "/outbox?faces-redirect=true";
    }
}
