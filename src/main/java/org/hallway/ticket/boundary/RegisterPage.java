package org.hallway.ticket.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.platform.CarriedMessages;
import org.hallway.platform.Pages;
import org.hallway.ticket.control.Registrations;

/**
 * The invite link's page ({@code register.xhtml?token=...}): a visitor registers (account and
 * ticket at once, then is logged in); a logged-in attendee gets a ticket of the link's type.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the link offers. */
    public enum Offer {
        INVALID,
        SOLD_OUT,
        OPEN
    }

    @Inject
    InviteDesk desk;

    @Inject
    Accounts accounts;

    private String token;
    private Offer offer = Offer.INVALID;
    private String eventName;
    private String eventSlug;
    private String ticketTypeName;
    private boolean holdsTicket;

    private String displayName;
    private String email;
    private transient String password;
    private transient String confirmation;
    private String headline;

    /** View action: reads the link; a forged or ill-shaped token is refused before any query. */
    public void open() {
        InviteDesk.Invitation invitation =
                desk.invitation(token, accounts.current().orElse(null)).orElse(null);
        if (invitation == null) {
            offer = Offer.INVALID;
            return;
        }
        eventName = invitation.eventName();
        eventSlug = invitation.eventSlug();
        ticketTypeName = invitation.ticketTypeName();
        offer = invitation.soldOut() ? Offer.SOLD_OUT : Offer.OPEN;
        holdsTicket = invitation.holdsTicket();
    }

    public void register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var form = new Registrations.NewAttendee(displayName, email, password, confirmation, headline);
        if (!Pages.attempt(faces, "register", () -> desk.register(token, form))) {
            return;
        }
        password = null;
        confirmation = null;
        toLogin(faces);
    }

    /**
     * The one answer to a registration, whether a new account was created or the address had one
     * already (then its owner got a mail): the page never tells which.
     */
    private void toLogin(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        CarriedMessages.carry(
                faces,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Thank you! We sent a message to "
                                + Accounts.normalizeEmail(email) + ". Log in with your password to open " + eventName
                                + ", and open the message's link to confirm your address.",
                        null));
        faces.responseComplete();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?returnTo="
                + URLEncoder.encode("/event/agenda.xhtml?event=" + eventSlug, StandardCharsets.UTF_8));
    }

    /** For a logged-in attendee: a ticket of the link's type on their own account. */
    public void claim() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        AccountRef account = accounts.current().orElse(null);
        if (account == null) {
            error(faces, "Log in first.");
            return;
        }
        if (!Pages.attempt(faces, "register", () -> desk.claim(token, account))) {
            open(); // what the link offers this caller now (a ticket held already, sold out)
            return;
        }
        toAgenda(faces, "Your " + ticketTypeName + " ticket for " + eventName + " is ready.");
    }

    private void toAgenda(FacesContext faces, String message) throws IOException {
        ExternalContext external = faces.getExternalContext();
        CarriedMessages.carry(faces, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        faces.responseComplete();
        external.redirect(external.getRequestContextPath() + "/event/agenda.xhtml?event="
                + URLEncoder.encode(eventSlug, StandardCharsets.UTF_8));
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public Offer getOffer() {
        return offer;
    }

    public String getEventName() {
        return eventName;
    }

    public String getEventSlug() {
        return eventSlug;
    }

    public String getTicketTypeName() {
        return ticketTypeName;
    }

    public boolean isHoldsTicket() {
        return holdsTicket;
    }

    /** Where "log in" sends the visitor back to: this very link. */
    public String getReturnPath() {
        return "/register.xhtml?token=" + (token == null ? "" : URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }
}
