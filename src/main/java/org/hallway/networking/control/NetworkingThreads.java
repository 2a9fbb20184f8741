package org.hallway.networking.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The networking engine's own threads, made by the container's thread factory (so JPA and JTA
 * work on them): lanes on {@value #LANE_THREADS} threads, the journal on one of its own (a commit
 * never holds up a lane), deadlines on one timer thread, and {@value #SENDER_THREADS} senders that
 * start the sends of queued notices (so neither the journal nor a lane pays the container's
 * per-frame cost). Not the default managed executors: in
 * Payara their pools run every task on one thread and capture the caller's context per task (a
 * class-path lookup each time), which a message-rate engine cannot afford.
 * <p>
 * Every thread is made at start-up: Payara's factory gives a new thread the context of the thread
 * asking for it, and a pool makes its threads when first used — from a data-grid listener or a
 * lane, say, which have none. A bean first created on such a thread never gets its
 * {@code EntityManager} (seen: every journal write failing on one node of two).
 */
@ApplicationScoped
public class NetworkingThreads {

    static final int LANE_THREADS = 2;
    static final int SENDER_THREADS = 2;

    @Resource
    ManagedThreadFactory factory;

    private ExecutorService lanes;
    private ExecutorService journal;
    private ScheduledExecutorService timers;
    private ExecutorService senders;

    /** Makes every pool and its threads now, on the start-up thread (see above). */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        lanes();
        journal();
        senders();
        timers();
    }

    public synchronized ExecutorService lanes() {
        if (lanes == null) {
            lanes = started(new ThreadPoolExecutor(LANE_THREADS, LANE_THREADS, 0, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), factory));
        }
        return lanes;
    }

    public synchronized ExecutorService journal() {
        if (journal == null) {
            journal = started(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory));
        }
        return journal;
    }

    public synchronized ExecutorService senders() {
        if (senders == null) {
            senders = started(new ThreadPoolExecutor(SENDER_THREADS, SENDER_THREADS, 0, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), factory));
        }
        return senders;
    }

    public synchronized ScheduledExecutorService timers() {
        if (timers == null) {
            var pool = new ScheduledThreadPoolExecutor(1, factory);
            pool.setRemoveOnCancelPolicy(true);
            timers = started(pool);
        }
        return timers;
    }

    private static <T extends ThreadPoolExecutor> T started(T pool) {
        pool.prestartAllCoreThreads();
        return pool;
    }

    @PreDestroy
    synchronized void stop() {
        for (ExecutorService each : new ExecutorService[]{lanes, journal, timers, senders}) {
            if (each != null) {
                each.shutdown();
            }
        }
        try {
            if (journal != null) {
                journal.awaitTermination(10, TimeUnit.SECONDS); // let queued writes reach the database
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
