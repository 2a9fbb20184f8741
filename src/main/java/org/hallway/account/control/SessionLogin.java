package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.hallway.account.boundary.LoginFailures;
import org.hallway.account.entity.Account;
import org.hallway.platform.ClientAddress;

/**
 * Hallway's login mechanism: the login page hands a credential over through
 * {@code SecurityContext.authenticate}; once valid, the caller's name and groups are kept in the
 * HTTP session and handed to the container, groups included, on every request (the standard
 * form mechanisms re-apply only the principal, and Payara then intermittently lost the ADMIN
 * group under concurrent requests). Anonymous requests for protected pages are sent to the login
 * page with the page they asked for as {@code returnTo}. Password guessing is slowed down per
 * account and per client address ({@link LoginThrottle}; every node counts into the same
 * {@link LoginFailures}; behind a trusted proxy the address is the client's, {@link ClientAddress}); a throttled attempt is refused without
 * looking at the password.
 */
@ApplicationScoped
public class SessionLogin implements HttpAuthenticationMechanism {

    static final String CALLER = SessionLogin.class.getName() + ".caller";
    /** Request attribute set when a login was refused unchecked: the seconds until the next try is allowed. */
    public static final String THROTTLED = SessionLogin.class.getName() + ".throttled";

    static final String LOGIN_PAGE = "/login.xhtml";

    /** What the session remembers of the caller. */
    record Caller(String name, Set<String> groups) implements Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignedInSessions sessions;

    @Inject
    LoginFailures throttle;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            String account = "account:"
                    + (credential instanceof UsernamePasswordCredential login
                            ? Account.normalizeEmail(login.getCaller())
                            : "?");
            String address = "address:" + clientAddress.of(request);
            Optional<Duration> wait = throttle.wait(account, address);
            if (wait.isPresent()) {
                request.setAttribute(THROTTLED, Math.max(1, wait.get().toSeconds()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(account, address);
                return AuthenticationStatus.SEND_FAILURE; // the login page says so; no 401 on a page
            }
            throttle.succeeded(account);
            var caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            HttpSession session = request.getSession();
            session.setAttribute(CALLER, caller);
            sessions.seen(caller.name(), session);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            sessions.seen(caller.name(), session); // perhaps created on another node: a password change ends it here
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
