package org.hallway.networking.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hallway.platform.StartedPools;

/**
 * The networking engine's own threads, made by the container's thread factory (so JPA and JTA
 * work on them): lanes on {@value #LANE_THREADS} threads, the journal on one of its own (a commit
 * never holds up a lane), deadlines on one timer thread, and {@value #SENDER_THREADS} senders that
 * start the sends of queued notices (so neither the journal nor a lane pays the container's
 * per-frame cost). Not the default managed executors: in
 * Payara their pools run every task on one thread and capture the caller's context per task (a
 * class-path lookup each time), which a message-rate engine cannot afford.
 * <p>
 * Every thread is made at start-up ({@link StartedPools}: on first use it would lack the
 * application's context; seen: every journal write failing on one node of two).
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
            lanes = StartedPools.fixed(LANE_THREADS, factory);
        }
        return lanes;
    }

    public synchronized ExecutorService journal() {
        if (journal == null) {
            journal = StartedPools.fixed(1, factory);
        }
        return journal;
    }

    public synchronized ExecutorService senders() {
        if (senders == null) {
            senders = StartedPools.fixed(SENDER_THREADS, factory);
        }
        return senders;
    }

    public synchronized ScheduledExecutorService timers() {
        if (timers == null) {
            timers = StartedPools.scheduled(1, factory);
        }
        return timers;
    }

    @PreDestroy
    synchronized void stop() {
        for (ExecutorService each : new ExecutorService[] {lanes, journal, timers, senders}) {
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
