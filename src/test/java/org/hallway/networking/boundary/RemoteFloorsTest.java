package org.hallway.networking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Admission;
import org.hallway.platform.Cluster;
import org.hallway.realtime.control.Outlet;
import org.junit.jupiter.api.Test;

class RemoteFloorsTest {

    final RemoteFloors remote = new RemoteFloors();
    final List<String> served = new ArrayList<>();

    RemoteFloorsTest() {
        remote.cluster = new Cluster(); // alone: what is published stays here, and nobody listens
    }

    Outlet heldOn(long sessionId, long accountId, String name) {
        Outlet outlet = Outlet.held(null);
        remote.open(sessionId, admitted(accountId), outlet, () -> served.add(name));
        return outlet;
    }

    static Admission admitted(long accountId) {
        return new Admission(
                Admission.Verdict.ADMITTED, accountId, 1, 2, new Person(accountId, "P" + accountId, null, null));
    }

    @Test
    void takingAFloorOverServesEverySocketHeldHereForThatSessionOnce() {
        heldOn(7, 1, "ada");
        heldOn(7, 2, "grace");
        heldOn(8, 3, "alan");
        assertEquals(2, remote.adopt(7));
        assertEquals(List.of("ada", "grace"), served.stream().sorted().toList());
        assertEquals(0, remote.adopt(7), "served once");
        assertEquals(1, remote.adopt(8), "another session's sockets wait for their own floor");
    }

    @Test
    void aClosedSocketIsNotServed() {
        Outlet ada = heldOn(7, 1, "ada");
        heldOn(7, 2, "grace");
        remote.closed(7, 1, ada);
        assertEquals(1, remote.adopt(7));
        assertEquals(List.of("grace"), served);
    }

    @Test
    void theCloseOfAReplacedSocketLeavesItsSuccessorToBeServed() {
        Outlet older = heldOn(7, 1, "older");
        heldOn(7, 1, "newer");
        remote.closed(7, 1, older);
        assertEquals(1, remote.adopt(7));
        assertEquals(List.of("newer"), served);
    }
}
