package org.hallway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the server owns: every bean asks it, never the system, for the time. Test
 * deployments replace it with a settable clock (a CDI alternative) and move time forward without
 * sleeping; deadline keepers follow such a jump through {@link ClockMoved}.
 */
@ApplicationScoped
public class WallClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
