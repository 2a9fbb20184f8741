package org.hallway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * The last start-up singleton: the container initialises it after every start-up step it depends on
 * (by EJB name), and it tells {@link StartUp}. A new start-up step belongs in the list.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // touches no database
@Startup
@DependsOn({"Database", "DemoData", "NetworkingRecovery", "ClusterListeners", "NetworkingListeners"})
public class StartUpComplete {

    private static final System.Logger LOG = System.getLogger(StartUpComplete.class.getName());

    @Inject
    StartUp startUp;

    @PostConstruct
    void signal() {
        startUp.completed();
        LOG.log(Level.INFO, "Start-up complete: scheduled work runs from now on");
    }
}
