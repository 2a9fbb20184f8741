package org.hallway.calendar.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.hallway.platform.Pages;

/**
 * The "Subscribe in your calendar app" part of My agenda: make a secret address (shown once, as a
 * password is), make a new one, or revoke it.
 */
@Named
@ViewScoped
public class CalendarAddressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarDesk desk;

    private String slug;
    private String address;
    private Boolean active;

    public void make() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Pages.outcome(faces, "calendar", () -> desk.newAddress(slug)).ifPresent(url -> {
            address = url;
            active = true;
            faces.addMessage(
                    null,
                    new jakarta.faces.application.FacesMessage(
                            "Your calendar address is ready. Copy it now: it is shown only this once."));
        });
    }

    public void revoke() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Pages.outcome(faces, "calendar", () -> desk.revokeAddress(slug)).ifPresent(revoked -> {
            address = null;
            active = false;
            faces.addMessage(
                    null,
                    new jakarta.faces.application.FacesMessage(
                            revoked
                                    ? "Your calendar address is revoked: calendars subscribed to it get nothing more."
                                    : "You had no calendar address."));
        });
    }

    /** Whether a working address exists (made now or earlier). */
    public boolean isActive() {
        if (active == null) {
            active = desk.hasAddress(slug);
        }
        return active;
    }

    /** The address just made, else null (it is never shown again). */
    public String getAddress() {
        return address;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
