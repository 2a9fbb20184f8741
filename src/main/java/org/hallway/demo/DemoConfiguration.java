package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo mode of this installation, read once from MicroProfile Config (defaults in
 * microprofile-config.properties).
 */
@ApplicationScoped
public class DemoConfiguration {

    @Inject
    @ConfigProperty(name = "hallway.demo")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hallway.demo.zone")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "hallway.demo.auto-start")
    boolean autoStart;

    /** Whether the demo's talks start and end on schedule by themselves (in-container tests drive them by hand). */
    public boolean autoStart() {
        return autoStart;
    }

    /** Whether the demo event is loaded and the outbox shows mail bodies to anyone. */
    public boolean enabled() {
        return enabled;
    }

    /** The demo event's time zone. */
    public ZoneId zone() {
        return zone;
    }
}
