package org.hallway.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResetRequestsTest {

    /** Records what the handling would look up, and when. */
    static final class RecordingRecovery extends AccountRecovery {
        final List<String> handled = new ArrayList<>();

        @Override
        public void requestReset(String email) {
            handled.add(email);
        }
    }

    private final List<Runnable> queued = new ArrayList<>();
    private final RecordingRecovery recovery = new RecordingRecovery();
    private final ResetRequests requests = new ResetRequests();

    ResetRequestsTest() {
        requests.recovery = recovery;
        requests.executor = queued::add;
    }

    @Test
    void aRequestIsAnsweredBeforeAnythingAboutTheAddressIsLookedUp() {
        requests.accept("ada@hallway.test");
        requests.accept("nobody@nowhere.test");
        assertTrue(recovery.handled.isEmpty(), "no lookup while the page answers, known address or not");
        assertEquals(2, queued.size(), "each request takes the same path: one hand-over, nothing else");

        queued.forEach(Runnable::run);
        assertEquals(List.of("ada@hallway.test", "nobody@nowhere.test"), recovery.handled, "handled afterwards");
    }

    @Test
    void aFailureWhileHandlingStaysOnTheExecutor() {
        requests.recovery = new AccountRecovery() {
            @Override
            public void requestReset(String email) {
                throw new IllegalStateException("database down");
            }
        };
        requests.accept(null);
        queued.get(0).run(); // logged, not thrown into the executor's thread
    }
}
