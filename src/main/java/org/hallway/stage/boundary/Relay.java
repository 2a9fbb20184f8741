package org.hallway.stage.boundary;

import org.hallway.realtime.control.Outlet;
import org.hallway.stage.control.RelayState;

/** One browser's relay to Janus: its socket, its connection to Janus and what it created there. */
record Relay(long sessionId, long accountId, Outlet outlet, Upstream upstream, RelayState state) {

    Relay(long sessionId, long accountId, Outlet outlet, Upstream upstream) {
        this(sessionId, accountId, outlet, upstream, upstream.state());
    }
}
