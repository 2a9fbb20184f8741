package org.hallway.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.account.control.AccountTokens;
import org.hallway.platform.Pages;

/**
 * {@code reset-password.xhtml?token=}: the mailed link's page (password reset, or "choose your
 * password" for imported attendees). After the change every session of the account has ended; the
 * user continues logged in on a new session id.
 */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    AccountRecovery recovery;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String token;
    private Boolean usable;
    private String password;
    private String confirmation;

    /** From the query string on the first visit, from the form's hidden field on submit. */
    @PostConstruct
    void readToken() {
        String given = faces.getExternalContext().getRequestParameterMap().get("token");
        token = AccountTokens.wellFormed(given) ? given : null;
    }

    public boolean isUsable() {
        if (usable == null) {
            usable = token != null && recovery.resetLinkUsable(token);
        }
        return usable;
    }

    public void save() throws IOException {
        String[] changed = new String[1];
        if (!Pages.attempt(faces, "reset", () -> changed[0] = recovery.resetPassword(token, password, confirmation))) {
            return;
        }
        String email = changed[0];
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        try {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
        } catch (IllegalStateException endedWithThePasswordChange) {
            // the session belonged to this account and ended with the change: login below opens a new one
        }
        var status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, password))
                        .newAuthentication(true));
        password = null;
        confirmation = null;
        faces.responseComplete();
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.info(faces, "Your new password is set, and you are logged in.");
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } else {
            Pages.info(faces, "Your new password is set: log in with it.");
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    public String getToken() {
        return token;
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
}
