package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hallway.realtime.control.FakeSocket;
import org.hallway.realtime.control.Outlet;
import org.junit.jupiter.api.Test;

/** The networking sockets of this node: one per attendee and session, and at most a few sessions per account. */
class SocketRegistryTest {

    static final long ADA = 1042, GRACE = 1051;

    final SocketRegistry registry = new SocketRegistry();

    SocketRegistryTest() {
        registry.cluster = new org.hallway.platform.Cluster();
    }

    static Outlet outlet() {
        return new Outlet(new FakeSocket().session);
    }

    @Test
    void anAccountHoldsSocketsOfAtMostTheCapsSessionsAndAReplacementInTheSameSessionCountsOnce() {
        Outlet first = outlet();
        assertTrue(registry.register(1, ADA, first, 2));
        Outlet newer = outlet();
        assertTrue(registry.register(1, ADA, newer, 2), "the same session again replaces, within the cap");
        assertTrue(first.isClosed(), "the older socket of the session was closed (4001)");
        assertTrue(registry.register(2, ADA, outlet(), 2));
        Outlet third = outlet();
        assertFalse(registry.register(3, ADA, third, 2), "a third session's socket beyond a cap of two");
        assertTrue(registry.outlet(3, ADA).isEmpty(), "nothing kept of it");
        assertTrue(registry.register(3, GRACE, outlet(), 2), "another account has its own count");

        assertFalse(registry.unregister(1, ADA, first), "the replaced socket closing frees nothing");
        assertFalse(registry.register(3, ADA, outlet(), 2));
        assertTrue(registry.unregister(1, ADA, newer));
        assertTrue(registry.register(3, ADA, third, 2), "room again once a session's socket closed");
        assertEquals(third, registry.outlet(3, ADA).orElse(null));
        assertNull(registry.outlet(1, ADA).orElse(null));
    }
}
