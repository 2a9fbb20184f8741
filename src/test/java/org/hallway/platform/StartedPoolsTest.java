package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartedPoolsTest {

    /** Remembers which thread asked for each new thread (Payara's factory gives the asker's context). */
    static final class AskedBy implements ThreadFactory {
        final List<Thread> askers = new ArrayList<>();

        @Override
        public synchronized Thread newThread(Runnable r) {
            askers.add(Thread.currentThread());
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }
    }

    @Test
    void aFixedPoolMakesAllItsThreadsOnTheCallersThreadBeforeAnyTask() throws Exception {
        var factory = new AskedBy();
        var pool = StartedPools.fixed(2, factory);
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), factory.askers);
        pool.submit(() -> {}).get();
        pool.submit(() -> {}).get();
        assertEquals(2, factory.askers.size(), "no thread made on first use");
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void aScheduledPoolIsStartedAndForgetsCancelledTasks() throws Exception {
        var factory = new AskedBy();
        var pool = StartedPools.scheduled(1, factory);
        assertEquals(List.of(Thread.currentThread()), factory.askers);
        pool.schedule(() -> {}, 1, TimeUnit.HOURS).cancel(false);
        assertEquals(0, pool.getQueue().size(), "a cancelled task leaves the queue at once");
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
