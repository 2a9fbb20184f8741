package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> BALANCER = ClientAddress.trusted(" 127.0.0.1 , 10.0.0.2");

    @Test
    void withoutTrustedProxiesTheConnectingAddressIsTheClientWhateverItsHeaderSays() {
        assertEquals(
                "203.0.113.9", ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), ClientAddress.trusted(null)));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("198.51.100.1"), ClientAddress.trusted("")));
    }

    @Test
    void aRequestNotFromATrustedProxyIsItsOwnClient() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), BALANCER));
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTheClient() {
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", List.of("198.51.100.1"), BALANCER));
    }

    @Test
    void anAddressTheClientWroteItselfIsSkipped() {
        // The client sent "X-Forwarded-For: 192.0.2.66" itself; the proxy appended what it saw.
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", List.of("192.0.2.66, 198.51.100.1"), BALANCER));
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", List.of("192.0.2.66", "198.51.100.1"), BALANCER));
    }

    @Test
    void chainedTrustedProxiesAreWalkedPast() {
        assertEquals("2001:db8::7", ClientAddress.of("127.0.0.1", List.of("2001:db8::7, 10.0.0.2"), BALANCER));
    }

    @Test
    void aHopThatIsNoAddressStopsAtTheProxyThatPassedItOn() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("<script>"), BALANCER));
        assertEquals("10.0.0.2", ClientAddress.of("127.0.0.1", List.of("unknown, 10.0.0.2"), BALANCER));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of(), BALANCER));
    }
}
