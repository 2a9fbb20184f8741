package org.hallway.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a request comes from a browser on this very machine: its connection's peer is a loopback
 * address and no proxy took part. A proxy on the same machine (HAProxy, nginx) connects from loopback
 * too, on behalf of anyone: a request that carries a forwarding header is therefore never local, and
 * the header's content is never believed (anyone can send it).
 */
public final class LocalRequests {

    private static final List<String> FORWARDING =
            List.of("Forwarded", "X-Forwarded-For", "X-Real-IP", "X-Forwarded-Host", "X-Forwarded-Proto");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]+(%\\w+)?");

    private LocalRequests() {}

    public static boolean fromThisMachine(HttpServletRequest request) {
        boolean forwarded = FORWARDING.stream().anyMatch(h -> request.getHeader(h) != null);
        return fromThisMachine(request.getRemoteAddr(), forwarded);
    }

    /** The peer address as the server saw the connection, and whether any forwarding header was present. */
    static boolean fromThisMachine(String peerAddress, boolean forwarded) {
        if (forwarded
                || peerAddress == null
                || !IP_LITERAL.matcher(peerAddress.strip()).matches()) {
            return false;
        }
        try {
            // An IP literal: parsed, never looked up.
            return InetAddress.getByName(peerAddress.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
