package org.hallway.account.boundary;

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
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import org.hallway.account.control.ReturnPaths;
import org.hallway.account.entity.Account;

/** The login form and logout: hands the credentials to Jakarta Security. */
@Named
@RequestScoped
public class LoginPage {

    /**
     * Where Soteria (the Jakarta Security implementation of Payara and WildFly) keeps the protected
     * request that sent the user to this page. It returns there only after its own form postback,
     * not after a programmatic authenticate(), so this page does.
     */
    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    IdentityStoreHandler identityStores;

    @NotBlank(message = "Enter your e-mail address.")
    @Size(max = 254, message = "That e-mail address is too long.")
    private String email;

    @NotBlank(message = "Enter your password.")
    @Size(max = 128, message = "That password is too long.")
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
        ExternalContext external = faces.getExternalContext();
        var credential = new UsernamePasswordCredential(Account.normalizeEmail(email), password);
        // Checked first: a failed authenticate() leaves the form mechanism in a state where the
        // next protected request gets an empty 200 instead of the login page.
        if (identityStores.validate(credential).getStatus() != CredentialValidationResult.Status.VALID) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong e-mail address or password.", null));
            return;
        }
        // Read before authenticate(): a new authentication makes Soteria drop the saved request.
        var request = (HttpServletRequest) external.getRequest();
        String target = returnTo != null ? returnTo : savedRequestPath(request);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before login must not carry the login (fixation)
        }
        var status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete(); // the mechanism redirects back to the page that asked for login
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong e-mail address or password.", null));
        } else {
            faces.responseComplete();
            external.redirect(external.getRequestContextPath() + (target != null ? target : "/index.xhtml"));
        }
    }

    /** The protected page (a GET) the user asked for before being sent here, if Soteria kept one. */
    private static String savedRequestPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return null;
        }
        try {
            if (!"GET".equals(saved.getClass().getMethod("getMethod").invoke(saved))) {
                return null;
            }
            Object url = saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            return ReturnPaths.withinContext(url instanceof String s ? s : null, request.getContextPath());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another implementation keeps it differently: fall back to the index
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
