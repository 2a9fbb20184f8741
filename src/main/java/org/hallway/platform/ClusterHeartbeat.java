package org.hallway.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every second: this node tells the others it is alive ({@link Cluster#reachable}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // touches no database
public class ClusterHeartbeat {

    @Inject
    Cluster cluster;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void beat() {
        cluster.beat();
    }
}
