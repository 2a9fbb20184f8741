package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketTimersTest {

    final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(0);
    final ScheduledThreadPoolExecutor timers = WebSocketTimers.timers();

    /** Shaped like Payara's: an adapter hiding the service, which holds its pool in a protected field. */
    static final class Adapter {
        private final Service executor;

        Adapter(Service executor) {
            this.executor = executor;
        }
    }

    static class BaseService {
        private final String name = "default";
    }

    static final class Service extends BaseService {
        private Adapter adapter;
        protected ScheduledThreadPoolExecutor threadPoolExecutor;
    }

    /** A service that holds no pool, and points back at its adapter. */
    static final class Elsewhere {
        private Object self = this;
        private final String name = "other";
    }

    /**
     * Shaped like Tyrus' BaseContainer: the managed executor looked up once into a final field, a
     * lazily made one of its own (unused while the managed one is there); sessions read it as they open.
     */
    abstract static class BaseContainer {
        private final ScheduledExecutorService managedScheduledExecutorService;
        private volatile ScheduledExecutorService scheduledExecutorService = null;

        BaseContainer(ScheduledExecutorService managed) {
            this.managedScheduledExecutorService = managed;
        }

        ScheduledExecutorService getScheduledExecutorService() {
            return managedScheduledExecutorService != null ? managedScheduledExecutorService : scheduledExecutorService;
        }
    }

    static final class ServerContainer extends BaseContainer {
        private final String contextPath = "/";

        ServerContainer(ScheduledExecutorService managed) {
            super(managed);
        }
    }

    /** A managed scheduled executor that is never used (a stand-in for the container's). */
    static ManagedScheduledExecutorService managed() {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                WebSocketTimersTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "managed";
                        };
                    }
                    throw new AssertionError("the managed executor was used: " + method.getName());
                });
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        timers.shutdownNow();
    }

    @Test
    void findsThePoolThatTheAdapterHidesTwoFieldsDeep() {
        var service = new Service();
        service.threadPoolExecutor = pool;
        var adapter = new Adapter(service);
        service.adapter = adapter; // a cycle: walked once
        assertSame(pool, WebSocketTimers.poolBehind(adapter).orElseThrow());
    }

    @Test
    void aPoolItselfIsFound() {
        assertSame(pool, WebSocketTimers.poolBehind(pool).orElseThrow());
    }

    @Test
    void findsNothingWhereNoPoolIsHeldAndStopsAtCycles() {
        assertEquals(Optional.empty(), WebSocketTimers.poolBehind(new Elsewhere()));
        assertEquals(Optional.empty(), WebSocketTimers.poolBehind(null));
        assertEquals(Optional.empty(), WebSocketTimers.poolBehind(new Adapter(new Service())));
    }

    @Test
    void theContainersManagedSchedulerIsReplacedInItsFinalFieldAndSessionsOpenedAfterGetTheTimers() throws Exception {
        var managed = managed();
        var container = new ServerContainer(managed);

        var swap = WebSocketTimers.replaceManagedScheduler(container, timers).orElseThrow();

        assertSame(timers, container.getScheduledExecutorService());
        assertSame(managed, swap.previous());
        assertEquals("managedScheduledExecutorService", swap.field().getName());
        var own = BaseContainer.class.getDeclaredField("scheduledExecutorService");
        own.setAccessible(true);
        assertNull(own.get(container), "the container's unused scheduler of its own stays unset");
    }

    @Test
    void undoingGivesTheContainerItsManagedSchedulerBack() {
        var managed = managed();
        var container = new ServerContainer(managed);

        WebSocketTimers.replaceManagedScheduler(container, timers).orElseThrow().undo();

        assertSame(managed, container.getScheduledExecutorService());
    }

    @Test
    void aContainerWithoutAManagedSchedulerIsLeftAsItIs() {
        var plain = new ServerContainer(pool);

        assertEquals(Optional.empty(), WebSocketTimers.replaceManagedScheduler(plain, timers));
        assertSame(pool, plain.getScheduledExecutorService());
        assertEquals(Optional.empty(), WebSocketTimers.replaceManagedScheduler(new ServerContainer(null), timers));
        assertEquals(Optional.empty(), WebSocketTimers.replaceManagedScheduler(new Elsewhere(), timers));
        assertEquals(Optional.empty(), WebSocketTimers.replaceManagedScheduler(null, timers));
    }

    @Test
    void aTimeoutRestartedOnEveryFrameLeavesOneTaskQueuedAndNeverFiresWhileFramesMove() {
        var fired = new AtomicInteger();
        ScheduledFuture<?> timeout = null;
        for (int frame = 0; frame < 10_000; frame++) { // what Tyrus does per frame: cancel, schedule anew
            if (timeout != null) {
                timeout.cancel(false);
            }
            timeout = timers.schedule(fired::incrementAndGet, 1, TimeUnit.HOURS);
        }

        assertEquals(1, timers.getQueue().size());
        assertEquals(0, fired.get());
    }

    @Test
    void aSilentSocketsTimeoutFiresOnADaemonTimerThreadThatSeesTheApplicationsClasses() throws Exception {
        var fired = new CountDownLatch(1);
        var seen = new Thread[1];
        var loader = new ClassLoader[1];
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(new ClassLoader(null) {}); // the scheduling thread's
        try {
            timers.schedule(
                    () -> {
                        seen[0] = Thread.currentThread();
                        loader[0] = Thread.currentThread().getContextClassLoader();
                        fired.countDown();
                    },
                    10,
                    TimeUnit.MILLISECONDS);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        assertTrue(fired.await(10, TimeUnit.SECONDS));
        assertTrue(seen[0].isDaemon());
        assertTrue(seen[0].getName().startsWith("hallway-websocket-timer-"), seen[0].getName());
        assertSame(WebSocketTimers.class.getClassLoader(), loader[0]);
    }

    @Test
    void afterShutdownPendingTimeoutsAreDroppedAndNewOnesDiscardedWithoutAnError() {
        var fired = new AtomicInteger();
        timers.schedule(fired::incrementAndGet, 1, TimeUnit.HOURS);

        timers.shutdown();
        ScheduledFuture<?> late = timers.schedule(fired::incrementAndGet, 0, TimeUnit.MILLISECONDS);

        assertEquals(0, timers.getQueue().size());
        assertFalse(late.isDone());
        late.cancel(false); // what Tyrus does with it on the next frame or the close
        assertEquals(0, fired.get());
    }
}
