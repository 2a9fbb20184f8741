package org.hallway.networking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ICE servers of this installation, read once from MicroProfile Config. A broken
 * configuration is logged and falls back to no servers: calls on a LAN keep working.
 */
@ApplicationScoped
public class IceConfiguration {

    private static final System.Logger LOG = System.getLogger(IceConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "hallway.ice.stun-urls")
    Optional<String> stunUrls;

    @Inject
    @ConfigProperty(name = "hallway.ice.turn-urls")
    Optional<String> turnUrls;

    @Inject
    @ConfigProperty(name = "hallway.ice.turn-secret")
    Optional<String> turnSecret;

    @Inject
    @ConfigProperty(name = "hallway.ice.turn-ttl-seconds")
    long turnTtlSeconds;

    @Inject
    Clock clock;

    private IceServers servers;

    @PostConstruct
    void read() {
        try {
            servers = IceServers.of(
                    stunUrls.orElse(null), turnUrls.orElse(null), turnSecret.orElse(null), turnTtlSeconds);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "ICE servers not configured, calls use host candidates only: {0}", e.getMessage());
            servers = IceServers.none();
        }
    }

    /** The JSON array for an attendee's RTCPeerConnection, with fresh TURN credentials. */
    public String iceServersJson(long accountId) {
        return servers.forAccount(accountId, clock.instant()).toString();
    }
}
