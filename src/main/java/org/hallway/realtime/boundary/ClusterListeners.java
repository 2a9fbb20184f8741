package org.hallway.realtime.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.hallway.realtime.control.Realtime;

/**
 * At start-up, before any socket opens: the realtime layer starts hearing the other nodes' pushes
 * (a node must hear them even before it uses the layer itself). Without a data grid it hears only
 * this node's. Features start their own listeners the same way (networking: {@code
 * NetworkingListeners}).
 */
@Singleton
@Startup
@DependsOn("Database")
public class ClusterListeners {

    @Inject
    Realtime realtime;

    @PostConstruct
    void listen() {
        realtime.listen();
    }
}
