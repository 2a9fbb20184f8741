package org.hallway.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.hallway.realtime.control.Realtime;
import org.hallway.realtime.control.SocketClosed;
import org.hallway.realtime.control.SocketOpened;

/**
 * Follows the realtime layer's event sockets into {@link PresenceLog}. Per person the changes are
 * serialised (a lock stripe per account) and the socket count is read inside, so a reload's close
 * and open cannot leave the stay closed while a socket is open. A failure is logged and never
 * touches the socket. Presence is this node's view, as the layer's registry is.
 */
@ApplicationScoped
public class PresenceRecorder {

    private static final System.Logger LOG = System.getLogger(PresenceRecorder.class.getName());
    private final Object[] stripes = new Object[64];

    @Inject
    Realtime realtime;

    @Inject
    PresenceLog log;

    public PresenceRecorder() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    void opened(@Observes SocketOpened opened) {
        long account = opened.caller().accountId();
        long event = opened.caller().eventId();
        synchronized (stripe(account)) {
            record(() -> log.arrived(event, account), account, event);
        }
    }

    void closed(@Observes SocketClosed closed) {
        long account = closed.caller().accountId();
        long event = closed.caller().eventId();
        synchronized (stripe(account)) {
            if (realtime.sockets(account, event) == 0) {
                record(() -> log.left(event, account), account, event);
            }
        }
    }

    private Object stripe(long account) {
        return stripes[(int) Math.floorMod(account, (long) stripes.length)];
    }

    private static void record(Runnable change, long account, long event) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the presence of account " + account + " at event " + event, e);
        }
    }
}
