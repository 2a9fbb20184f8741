package org.hallway.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.platform.Pages;

/**
 * {@code forgot-password.xhtml}: asks for a reset link. The answer is the same whether or not the
 * address has an account, and is given before anything about the address is looked up
 * ({@link ResetRequests}).
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

    public static final String ANSWER = "If an account exists for this address, a link to choose a new password"
            + " is on its way. It works once, for 30 minutes.";

    @Inject
    ResetRequests requests;

    @Inject
    FacesContext faces;

    private String email;

    public String send() {
        requests.accept(email);
        Pages.info(faces, ANSWER);
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
