package org.hallway.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.control.ReturnPaths;
import org.hallway.account.control.SessionLogin;
import org.hallway.platform.Pages;

/** The login form and logout: hands the credentials to Jakarta Security ({@code SessionLogin}). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    /** Where to go after logging in, relative to the context root; only ever a path of this site. */
    private String returnTo;

    /** Read from the query string on the first visit and from the form's hidden field on submit. */
    @PostConstruct
    void rememberReturnPath() {
        String requested = faces.getExternalContext().getRequestParameterMap().get("returnTo");
        returnTo = ReturnPaths.isSafe(requested) ? requested : null;
    }

    public void login() throws IOException {
        var violations = ProfileRules.login(email, password);
        if (!violations.isEmpty()) {
            Pages.show(faces, "login", violations);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before login must not carry the login (fixation)
        }
        var status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(Accounts.normalizeEmail(email), password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            faces.responseComplete();
            external.redirect(external.getRequestContextPath() + (returnTo != null ? returnTo : "/index.xhtml"));
        } else if (request.getAttribute(SessionLogin.THROTTLED) instanceof Long seconds) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Too many failed attempts: try again in " + seconds + " seconds, or reset your password.",
                            null));
        } else {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong e-mail address or password.", null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
