package org.hallway.networking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * At start-up: closes meetings that expired while the server was down and re-arms the others, for
 * the sessions this node serves (all of them without a data grid; on several nodes, those whose
 * lease it takes: the others' owners are alive).
 */
@Singleton
@Startup
@DependsOn("Database")
public class NetworkingRecovery {

    private static final System.Logger LOG = System.getLogger(NetworkingRecovery.class.getName());

    @Inject
    Recovery recovery;

    @PostConstruct
    void recover() {
        int served = recovery.recover();
        if (served > 0) {
            LOG.log(Level.INFO, "{0} networking sessions with running meetings served by this node", served);
        }
    }
}
