package org.hallway.networking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.hallway.networking.control.FloorChanges;
import org.hallway.networking.control.SocketRegistry;

/**
 * At start-up, before any socket opens: the networking sockets, the floors this node may serve and
 * the changes those floors follow start hearing the other nodes' messages (a node must hear them
 * even before it uses any of these beans itself). Without a data grid they hear only this node's.
 */
@Singleton
@Startup
@DependsOn("Database")
public class NetworkingListeners {

    @Inject
    SocketRegistry sockets;

    @Inject
    RemoteFloors floors;

    @Inject
    FloorChanges floorChanges;

    @PostConstruct
    void listen() {
        sockets.listen();
        floors.listen();
        floorChanges.listen();
    }
}
