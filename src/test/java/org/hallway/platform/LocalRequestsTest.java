package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalRequestsTest {

    @Test
    void aLoopbackPeerWithoutProxyIsThisMachine() {
        assertTrue(LocalRequests.fromThisMachine("127.0.0.1", false));
        assertTrue(LocalRequests.fromThisMachine("127.0.1.1", false));
        assertTrue(LocalRequests.fromThisMachine("0:0:0:0:0:0:0:1", false));
        assertTrue(LocalRequests.fromThisMachine("::1", false));
    }

    @Test
    void anyOtherPeerIsNot() {
        assertFalse(LocalRequests.fromThisMachine("192.168.1.20", false));
        assertFalse(LocalRequests.fromThisMachine("10.0.0.1", false));
        assertFalse(LocalRequests.fromThisMachine("2001:db8::1", false));
        assertFalse(LocalRequests.fromThisMachine(null, false));
        assertFalse(LocalRequests.fromThisMachine("", false));
    }

    @Test
    void aPeerNameIsNeverLookedUp() {
        assertFalse(LocalRequests.fromThisMachine("localhost", false));
    }

    @Test
    void aRequestThroughAProxyIsNeverLocalEvenFromLoopback() {
        assertFalse(LocalRequests.fromThisMachine("127.0.0.1", true), "a balancer on this machine speaks for anyone");
    }
}
