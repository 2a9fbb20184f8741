package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-socket send queue, against a fake socket whose sends complete when the test says so. */
class OutletTest {

    final FakeSocket socket = new FakeSocket();

    @Test
    void framesGoOutOneAtATimeInOrder() {
        var outlet = new Outlet(socket.session);
        outlet.send("a");
        outlet.send("b");
        outlet.send("c");
        assertEquals(List.of("a"), socket.sent, "one frame in flight at a time");
        socket.complete();
        socket.complete();
        assertEquals(List.of("a", "b", "c"), socket.sent);
    }

    @Test
    void aHeldOutletSendsItsGreetingBeforeAnythingQueuedMeanwhile() {
        var outlet = Outlet.held(socket.session);
        outlet.send("notice");
        assertTrue(socket.sent.isEmpty());
        outlet.open(List.of("welcome", "matched"));
        socket.complete();
        socket.complete();
        assertEquals(List.of("welcome", "matched", "notice"), socket.sent);
    }

    @Test
    void aSocketThatFallsTooFarBehindIsClosedWith1013AndLaterSendsAreDropped() {
        var outlet = new Outlet(socket.session);
        IntStream.rangeClosed(0, Outlet.MAX_QUEUED).forEach(i -> outlet.send("m" + i));
        assertFalse(outlet.isClosed(), "one in flight and " + Outlet.MAX_QUEUED + " queued still fit");
        outlet.send("one too many");
        assertTrue(outlet.isClosed());
        assertEquals(Outlet.TOO_SLOW, socket.closed.getCloseCode().getCode());
        assertFalse(outlet.enqueue("later"));
        socket.complete();
        assertEquals(1, socket.sent.size(), "nothing more after the close");
    }

    @Test
    void theContainerSeesAContextClassLoaderWithoutResourcesDuringASendAndTheCallersIsRestored() throws Exception {
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        var outlet = new Outlet(socket.session);
        outlet.send("a");
        ClassLoader during = socket.contextLoaders.get(0);
        assertFalse(during.getResources("META-INF/services/jakarta.enterprise.concurrent.spi.ThreadContextProvider")
                .hasMoreElements());
        assertEquals(null, during.getResource("META-INF/MANIFEST.MF"));
        assertEquals(callers, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void aFailedSendClosesTheSocket() {
        var outlet = new Outlet(socket.session);
        outlet.send("a");
        socket.inFlight.remove(0).onResult(new SendResult(new java.io.IOException("reset")));
        assertTrue(outlet.isClosed());
        assertEquals(CloseReason.CloseCodes.CLOSED_ABNORMALLY, socket.closed.getCloseCode());
    }
}
