package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.hallway.realtime.control.FakeSocket;
import org.hallway.realtime.control.Outlet;
import org.junit.jupiter.api.Test;

/**
 * The thread that delivers notices (the journal's, after a commit) only queues them on the
 * sockets; the engine's senders start the sends, and every socket still gets its notices in order.
 */
class NoticeDeliveryTest {

    static final long S = 7, A = 1042, B = 1051, M = 1203;

    /** Sender tasks wait here until the test runs them, so "not sent yet" is observable. */
    static final class HeldSenders extends AbstractExecutorService {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove(0).run();
            }
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    final HeldSenders senders = new HeldSenders();
    final FakeSocket ada = new FakeSocket();
    final FakeSocket grace = new FakeSocket();
    final NoticeDelivery delivery = new NoticeDelivery();

    NoticeDeliveryTest() {
        delivery.registry = new SocketRegistry();
        delivery.registry.cluster = new org.hallway.platform.Cluster();
        delivery.registry.register(S, A, new Outlet(ada.session), 20);
        delivery.registry.register(S, B, new Outlet(grace.session), 20);
        delivery.clock = Clock.fixed(Instant.parse("2026-11-18T11:06:40Z"), ZoneOffset.UTC);
        delivery.threads = new NetworkingThreads() {
            @Override
            public ExecutorService senders() {
                return senders;
            }
        };
    }

    @Test
    void theDeliveringThreadOnlyQueuesAndTheSendersSend() {
        delivery.deliver(new Notices(List.of(new Notice.PartnerBack(S, A, M), new Notice.PartnerBack(S, B, M))));
        assertTrue(ada.sent.isEmpty() && grace.sent.isEmpty(), "nothing sent on the delivering thread");
        assertEquals(1, senders.tasks.size(), "one sender task per batch");
        senders.runAll();
        assertEquals(1, ada.sent.size());
        assertEquals(1, grace.sent.size());
        assertTrue(ada.sent.get(0).contains("partner-back"), ada.sent.get(0));
    }

    @Test
    void batchesQueuedBeforeTheirSendsStartStillReachEachSocketInOrder() {
        delivery.deliver(new Notices(List.of(new Notice.PartnerLost(S, A, M, 20))));
        delivery.deliver(new Notices(List.of(new Notice.PartnerBack(S, A, M))));
        delivery.deliver(new Notices(List.of(new Notice.MeetingEnded(S, A, M, Notice.Ending.TIME))));
        senders.runAll();
        ada.complete();
        ada.complete();
        assertEquals(3, ada.sent.size());
        assertTrue(ada.sent.get(0).contains("partner-lost"), ada.sent.get(0));
        assertTrue(ada.sent.get(1).contains("partner-back"), ada.sent.get(1));
        assertTrue(ada.sent.get(2).contains("meeting-ended"), ada.sent.get(2));
    }

    @Test
    void aNoticeForSomeoneWithoutASocketHereSchedulesNoSend() {
        delivery.deliver(new Notices(List.of(new Notice.PartnerBack(S, 9999, M))));
        assertTrue(senders.tasks.isEmpty());
    }
}
