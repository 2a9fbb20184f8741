package org.hallway.platform;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Thread pools whose threads all exist when the pool is returned. Payara's managed thread factory
 * gives a new thread the context of the thread asking for it, and a plain pool asks on first use —
 * from a data-grid listener or another pool's thread, which have none; a bean first created on such
 * a thread never gets its {@code EntityManager}. Made from a start-up thread, every thread has the
 * application's context.
 */
public final class StartedPools {

    private StartedPools() {}

    /** A fixed pool of {@code threads}, started. */
    public static ThreadPoolExecutor fixed(int threads, ThreadFactory factory) {
        var pool = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
        pool.prestartAllCoreThreads();
        return pool;
    }

    /** A scheduled pool of {@code threads} that forgets cancelled tasks at once, started. */
    public static ScheduledThreadPoolExecutor scheduled(int threads, ThreadFactory factory) {
        var pool = new ScheduledThreadPoolExecutor(threads, factory);
        pool.setRemoveOnCancelPolicy(true);
        pool.prestartAllCoreThreads();
        return pool;
    }
}
