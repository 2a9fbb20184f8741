package org.hallway.networking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.hallway.networking.control.Recovery;

/** At start-up: closes meetings that expired while the server was down and re-arms the others. */
@Singleton
@Startup
@DependsOn("Database")
public class NetworkingRecovery {

    private static final System.Logger LOG = System.getLogger(NetworkingRecovery.class.getName());

    @Inject
    Recovery recovery;

    @PostConstruct
    void recover() {
        int recovered = recovery.recover();
        if (recovered > 0) {
            LOG.log(Level.INFO, "{0} running networking meetings recovered", recovered);
        }
    }
}
