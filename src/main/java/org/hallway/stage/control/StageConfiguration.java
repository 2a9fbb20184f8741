package org.hallway.stage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the Janus server of the live stage is and the secrets Hallway uses with it (MicroProfile
 * Config). Without {@code hallway.stage.janus-url} there is no stage: the session form does not
 * offer it and the plain run command works without Janus.
 *
 * <ul>
 *   <li>{@code hallway.stage.janus-url}: Janus's HTTP API, e.g. {@code http://127.0.0.1:8088/janus}
 *       (Hallway creates and ends rooms, kicks and mutes through it);
 *   <li>{@code hallway.stage.janus-ws-url}: its WebSocket API, e.g. {@code ws://127.0.0.1:8188}
 *       (the relay opens one connection per browser); default: the HTTP URL's host on port 8188;
 *   <li>{@code hallway.stage.api-secret}, {@code hallway.stage.room-key}: Janus's {@code api_secret}
 *       and the VideoRoom's {@code admin_key} (defaults: those of {@code .janus/}).
 * </ul>
 */
@ApplicationScoped
public class StageConfiguration {

    @Inject
    @ConfigProperty(name = "hallway.stage.janus-url")
    Optional<String> janusUrl;

    @Inject
    @ConfigProperty(name = "hallway.stage.janus-ws-url")
    Optional<String> janusWsUrl;

    @Inject
    @ConfigProperty(name = "hallway.stage.api-secret", defaultValue = "hallway-stage-api")
    String apiSecret;

    @Inject
    @ConfigProperty(name = "hallway.stage.room-key", defaultValue = "hallway-stage-rooms")
    String roomKey;

    public boolean enabled() {
        return janusUrl.filter(u -> !u.isBlank()).isPresent();
    }

    public URI httpApi() {
        return URI.create(janusUrl.orElseThrow().strip());
    }

    public URI webSocketApi() {
        return janusWsUrl
                .filter(u -> !u.isBlank())
                .map(u -> URI.create(u.strip()))
                .orElseGet(() -> URI.create("ws://" + httpApi().getHost() + ":8188"));
    }

    public String apiSecret() {
        return apiSecret;
    }

    public String roomKey() {
        return roomKey;
    }
}
