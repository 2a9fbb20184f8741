package org.hallway.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.OutboxEntry;
import org.hallway.platform.DemoConfiguration;
import org.hallway.platform.LocalRequests;
import org.hallway.platform.Pages;

/**
 * {@code outbox.xhtml}: the mails Hallway wrote and how their delivery went. Organisers see every
 * attempt and failure; the bodies (which hold personal links) only in demo mode, where a browser on
 * the server's own machine may look without logging in, so the mail flows can be tried on one
 * machine without an SMTP server. From anywhere else the page is for organisers only, demo or not:
 * the bodies hold password-reset links, the admin's too.
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

    /** View action: organisers, and in demo mode anyone at the server's own machine. */
    public void open() throws IOException {
        boolean local = demo.enabled()
                && LocalRequests.fromThisMachine(
                        (HttpServletRequest) faces.getExternalContext().getRequest());
        if (!local && !faces.getExternalContext().isUserInRole("ADMIN")) {
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
