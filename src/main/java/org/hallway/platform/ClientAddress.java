package org.hallway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. Behind a balancer or proxy every request comes from
 * the proxy's address; the client's is in {@code X-Forwarded-For}, which a client can also write
 * itself. So the header is believed only from the proxies listed in {@code hallway.proxies}
 * (addresses, comma-separated; none by default): walking it from the right (the hop nearest this
 * node), past the listed proxies, the first address is the client's. A request not from a listed
 * proxy is its own client, whatever its header says; a hop that is no address stops the walk at
 * the proxy that passed it on.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    @Inject
    @ConfigProperty(name = "hallway.proxies")
    Optional<String> proxies;

    public String of(HttpServletRequest request) {
        var forwardedFor = request.getHeaders("X-Forwarded-For");
        return of(
                request.getRemoteAddr(),
                forwardedFor == null ? List.of() : Collections.list(forwardedFor),
                trusted(proxies.orElse(null)));
    }

    /** The addresses listed in a {@code hallway.proxies} value. */
    static Set<String> trusted(String value) {
        return value == null
                ? Set.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address: {@code remote} unless it is a trusted proxy, then as the class says. */
    static String of(String remote, List<String> forwardedFor, Set<String> trusted) {
        String client = remote;
        if (!trusted.contains(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(h -> Arrays.stream(h.split(",")))
                .map(String::strip)
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return client;
            }
        }
        return client;
    }
}
