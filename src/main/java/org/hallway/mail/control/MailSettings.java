package org.hallway.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail feature's configuration ({@code hallway.mail.*}; defaults in
 * microprofile-config.properties). No host means no SMTP: mail goes to the log.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        NONE,
        STARTTLS,
        SSL
    }

    @Inject
    @ConfigProperty(name = "hallway.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hallway.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "hallway.mail.tls")
    String tls;

    @Inject
    @ConfigProperty(name = "hallway.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "hallway.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hallway.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "hallway.mail.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "hallway.mail.retry-initial-seconds")
    int retryInitialSeconds;

    @Inject
    @ConfigProperty(name = "hallway.mail.retry-max-seconds")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "hallway.mail.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "hallway.mail.timeout-seconds")
    int timeoutSeconds;

    public Optional<String> host() {
        return host.filter(h -> !h.isBlank()).map(String::strip);
    }

    public boolean smtpConfigured() {
        return host().isPresent();
    }

    public int port() {
        return port;
    }

    public Tls tls() {
        return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public String from() {
        return from;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int timeoutMillis() {
        return timeoutSeconds * 1000;
    }

    public Backoff backoff() {
        return new Backoff(retryInitialSeconds, retryMaxSeconds);
    }

    /**
     * An absolute link to a page of this site, built from the configured public base URL and never
     * from the request (whose Host header a client chooses).
     */
    public String link(String pathAndQuery) {
        String base = baseUrl.strip();
        URI.create(base); // refuses a malformed setting loudly
        return (base.endsWith("/") ? base : base + "/")
                + (pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    /** The configured public address, as its links start ({@code https://events.example.org/hallway/}). */
    public String baseUrl() {
        return link("");
    }

    /**
     * Whether a request at this scheme, host, port and context path reached the site at its
     * configured public address: the same scheme, host (in any case), port (default ports made
     * explicit) and path. A difference means links built from the setting lead elsewhere.
     */
    public static boolean sameAddress(String baseUrl, String scheme, String host, int port, String contextPath) {
        URI base;
        try {
            base = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (base.getScheme() == null || base.getHost() == null || scheme == null || host == null) {
            return false;
        }
        String path = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        String requestPath = (contextPath == null ? "" : contextPath) + "/";
        return base.getScheme().equalsIgnoreCase(scheme)
                && base.getHost().equalsIgnoreCase(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                && explicitPort(base.getScheme(), base.getPort()) == explicitPort(scheme, port)
                && (path.endsWith("/") ? path : path + "/").equals(requestPath);
    }

    private static int explicitPort(String scheme, int port) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
