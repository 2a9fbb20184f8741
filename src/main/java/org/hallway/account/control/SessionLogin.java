package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Hallway's login mechanism: the login page hands a credential over through
 * {@code SecurityContext.authenticate}; once valid, the caller's name and groups are kept in the
 * HTTP session and handed to the container, groups included, on every request (the standard
 * form mechanisms re-apply only the principal, and Payara then intermittently lost the ADMIN
 * group under concurrent requests). Anonymous requests for protected pages are sent to the login
 * page with the page they asked for as {@code returnTo}.
 */
@ApplicationScoped
public class SessionLogin implements HttpAuthenticationMechanism {

    static final String CALLER = SessionLogin.class.getName() + ".caller";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** What the session remembers of the caller. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE; // the login page says so; no 401 on a page
            }
            var caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?returnTo="
                    + URLEncoder.encode(asked(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The page asked for, relative to the context root; only GETs are worth returning to. */
    private static String asked(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/index.xhtml";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
