package org.hallway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo mode of this installation, read once from MicroProfile Config (defaults in
 * microprofile-config.properties).
 */
@ApplicationScoped
public class DemoConfiguration {

    private static final System.Logger LOG = System.getLogger(DemoConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "hallway.demo")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hallway.demo.zone")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "hallway.demo.auto-start")
    boolean autoStart;

    /** These values, without MicroProfile Config (unit tests). */
    public static DemoConfiguration of(boolean enabled, ZoneId zone, boolean autoStart) {
        var configuration = new DemoConfiguration();
        configuration.enabled = enabled;
        configuration.zone = zone;
        configuration.autoStart = autoStart;
        return configuration;
    }

    /**
     * Says loudly at start-up that demo mode is on: it loads well-known logins (the admin's
     * password is in the README) and opens the Outbox, reset links included, to this machine's
     * browsers. Fine on one's own machine, never on a server others can reach.
     */
    void warnAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            LOG.log(Level.WARNING, """

                    ************************************************************************
                    * DEMO MODE IS ON (hallway.demo=true): the demo accounts have published *
                    * passwords, and the Outbox shows every mail, password-reset links      *
                    * included, to any browser on this machine without logging in.          *
                    * Never run a server that others can reach in demo mode.                *
                    ************************************************************************""");
        }
    }

    /** Whether the demo's talks start and end on schedule by themselves (in-container tests drive them by hand). */
    public boolean autoStart() {
        return autoStart;
    }

    /** Whether the demo event is loaded and the outbox shows mail bodies (to this machine's browsers without login). */
    public boolean enabled() {
        return enabled;
    }

    /** The demo event's time zone. */
    public ZoneId zone() {
        return zone;
    }
}
