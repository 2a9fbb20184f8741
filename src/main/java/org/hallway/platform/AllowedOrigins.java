package org.hallway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Origin check of requests a browser could forge from another site (the networking
 * socket's handshake, the organisers' import): the site itself, plus the origins configured in
 * {@code hallway.ws.allowed-origins}. A request without an Origin is accepted: non-browser
 * clients send none, and browsers always do for these requests.
 */
@ApplicationScoped
public class AllowedOrigins {

    @Inject
    @ConfigProperty(name = "hallway.ws.allowed-origins")
    Optional<String> configured;

    private List<String> further = List.of();

    @PostConstruct
    void read() {
        further = parse(configured.orElse(""));
    }

    /** True when a request with this Origin header to this Host header may proceed. */
    public boolean admits(String origin, String host) {
        return admits(origin, host, further);
    }

    static boolean admits(String origin, String host, List<String> further) {
        if (origin == null) {
            return true;
        }
        String originHost = hostPort(origin);
        if (originHost == null) {
            return false;
        }
        if (host != null
                && originHost.equals(withDefaultPort(origin, host.strip().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return further.stream()
                .anyMatch(entry -> entry.equalsIgnoreCase(origin.strip()) || originHost.equals(hostPort(entry)));
    }

    static List<String> parse(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList();
    }

    /** "host:port" of an origin such as https://example.org (default ports made explicit), or null. */
    static String hostPort(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : secure(uri.getScheme()) ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A Host header without a port means the origin scheme's default port. */
    private static String withDefaultPort(String origin, String host) {
        if (host.contains(":") && !host.endsWith("]")) {
            return host;
        }
        String scheme = origin.strip().toLowerCase(Locale.ROOT);
        return host + ":" + (secure(scheme.substring(0, Math.max(0, scheme.indexOf(':')))) ? 443 : 80);
    }

    private static boolean secure(String scheme) {
        return "https".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme);
    }
}
