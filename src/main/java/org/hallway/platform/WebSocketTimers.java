package org.hallway.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.WebSocketContainer;
import jakarta.websocket.server.ServerContainer;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WebSocket container's timers. Payara's WebSocket implementation (Tyrus 2.1) restarts a
 * socket's idle timeout on every frame it sends or receives, whatever the timeout (0 included): it
 * cancels the previous timeout task and schedules a new one on the executor its container looked up
 * once, {@code java:comp/DefaultManagedScheduledExecutorService}, and each session reads from the
 * container when it opens. That managed executor wraps each task with the context captured for it:
 * Payara looks its context providers up with {@code ServiceLoader} through the thread's context
 * class loader, which with the application's loader walks every server jar under one monitor per
 * jar — half to two thirds of the server's CPU samples under the networking load
 * (docs/performance.md, "What limits the next step"). It also runs them on one thread and keeps
 * cancelled ones queued (1.5 million live in a 5,000-person room: "Chat fan-out").
 *
 * <p>At start-up this application's WebSocket container is given a plain scheduled thread pool of
 * its own instead ({@link #timers()}: two daemon threads, cancelled tasks removed at once, no
 * context captured — the idle-timeout task only closes a socket, which needs none). The container
 * hides that choice in a field set when it was built, so it is reached here, once, by reflection:
 * the field of the container that holds the managed scheduled executor. Independently, the default
 * managed scheduled executor itself is made to drop cancelled tasks (its own switch,
 * {@link ScheduledThreadPoolExecutor#setRemoveOnCancelPolicy}, behind Payara's adapter), for
 * anything that still schedules there. Where neither is found (another server, whose WebSocket
 * implementation schedules no such tasks) nothing changes, and that is logged; on Tyrus that is a
 * warning, since the sockets' timers then fall back to the managed executor.
 *
 * <p>Why reflection: Tyrus (2.1.5 in Payara 6.2025.10) offers no setting for this. Its
 * {@code BaseContainer} constructor looks up {@code java:comp/DefaultManagedScheduledExecutorService}
 * through JNDI, with no property to skip it, and uses its own pool only when the lookup fails; an
 * application cannot redefine a {@code java:comp/Default...} resource, and the container is built
 * before the application's own resources exist. So {@code PlatformIT} checks on every build, in
 * the container, that the swap still happens (the container hands sessions these timers, on
 * threads named {@code hallway-websocket-timer-*}) and that the default managed executor drops
 * cancelled tasks: a Payara update that changes those internals fails that test.
 */
@WebListener
public class WebSocketTimers implements ServletContextListener {

    private static final System.Logger LOG = System.getLogger(WebSocketTimers.class.getName());
    /** Adapter → executor service → thread pool: two fields deep on Payara; one more for slack. */
    static final int DEPTH = 3;
    /** Threads of the container's own timers: a timeout only closes a socket; two in case one blocks. */
    static final int THREADS = 2;

    @Resource
    ManagedScheduledExecutorService scheduled;

    private ScheduledThreadPoolExecutor own;
    private Swap swap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        removeOnCancel();
        takeOver(event.getServletContext().getAttribute(ServerContainer.class.getName()));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (swap != null) {
            swap.undo(); // sockets opened from now on (none should) get the container's own again
            swap = null;
        }
        if (own != null) {
            own.shutdownNow();
            own = null;
        }
    }

    private void takeOver(Object container) {
        try {
            ScheduledThreadPoolExecutor timers = timers();
            Optional<Swap> done = replaceManagedScheduler(container, timers);
            if (done.isPresent()) {
                own = timers;
                swap = done.get();
                LOG.log(
                        Level.INFO,
                        "The WebSocket container's idle timeouts run on " + THREADS
                                + " threads of its own, without the managed executor's context capture (sockets' default"
                                + " idle timeout: " + defaultIdleTimeout(container) + ")");
            } else {
                timers.shutdownNow();
                LOG.log(
                        tyrus(container) ? Level.WARNING : Level.INFO,
                        "The WebSocket container ("
                                + (container == null
                                        ? "none"
                                        : container.getClass().getName())
                                + ") holds no managed scheduled executor; its timers are left as they are");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give the WebSocket container timers of its own", e);
        }
    }

    /** Payara's WebSocket implementation, where the swap is expected to work. */
    private static boolean tyrus(Object container) {
        return container != null && container.getClass().getName().startsWith("org.glassfish.tyrus.");
    }

    private static String defaultIdleTimeout(Object container) {
        return container instanceof WebSocketContainer c && c.getDefaultMaxSessionIdleTimeout() > 0
                ? c.getDefaultMaxSessionIdleTimeout() + " ms"
                : "none";
    }

    private void removeOnCancel() {
        try {
            Optional<ScheduledThreadPoolExecutor> pool = poolBehind(scheduled);
            if (pool.isPresent()) {
                pool.get().setRemoveOnCancelPolicy(true);
                LOG.log(Level.INFO, "The default managed scheduled executor removes cancelled tasks at once");
            } else {
                LOG.log(
                        Level.INFO,
                        "No thread pool found behind the default managed scheduled executor ("
                                + (scheduled == null
                                        ? "none"
                                        : scheduled.getClass().getName()) + "); left as it is");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the default managed scheduled executor remove cancelled tasks", e);
        }
    }

    /**
     * The WebSocket container's own timers: {@value #THREADS} daemon threads with the application's
     * class loader as their context class loader; a cancelled task
     * leaves the queue at once (a socket has at most one waiting, however many frames it moves);
     * after shutdown pending timeouts are dropped and new ones discarded without an error, so a
     * socket that moves a frame while the application stops is not failed by its timer.
     */
    static ScheduledThreadPoolExecutor timers() {
        AtomicInteger count = new AtomicInteger();
        var pool = new ScheduledThreadPoolExecutor(
                THREADS,
                task -> {
                    Thread thread = new Thread(task, "hallway-websocket-timer-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    // A timeout closes the socket, which calls the endpoint's @OnClose on this thread: it sees
                    // the application's classes, as on the container's threads (not whichever thread came first).
                    thread.setContextClassLoader(WebSocketTimers.class.getClassLoader());
                    return thread;
                },
                new ThreadPoolExecutor.DiscardPolicy());
        pool.setRemoveOnCancelPolicy(true);
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return pool;
    }

    /** A field of {@code holder} set to {@code replacement} in place of {@code previous}. */
    record Swap(Object holder, Field field, Object previous) {

        void undo() {
            try {
                field.set(holder, previous);
            } catch (IllegalAccessException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not give the WebSocket container its managed scheduled executor back", e);
            }
        }
    }

    /**
     * Sets the field of {@code container} (its class or a superclass) that holds a managed
     * scheduled executor to {@code replacement}; final fields included (Tyrus' is final, set once in
     * its constructor, and read by each session as it opens). Empty when there is none.
     */
    static Optional<Swap> replaceManagedScheduler(Object container, ScheduledExecutorService replacement) {
        if (container == null) {
            return Optional.empty();
        }
        for (Class<?> type = container.getClass(); type != null && !platformClass(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Class<?> held = field.getType();
                if (Modifier.isStatic(field.getModifiers())
                        || !ScheduledExecutorService.class.isAssignableFrom(held)
                        || !held.isInstance(replacement)) {
                    continue;
                }
                Object value = read(field, container);
                if (value instanceof ManagedScheduledExecutorService) {
                    try {
                        field.set(container, replacement);
                        return Optional.of(new Swap(container, field, value));
                    } catch (IllegalAccessException | RuntimeException e) {
                        LOG.log(Level.DEBUG, "Could not set " + field, e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The {@link ScheduledThreadPoolExecutor} that {@code start} is or holds, within {@value #DEPTH} fields. */
    static Optional<ScheduledThreadPoolExecutor> poolBehind(Object start) {
        return find(start, DEPTH, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<ScheduledThreadPoolExecutor> find(Object object, int depth, Set<Object> seen) {
        if (object instanceof ScheduledThreadPoolExecutor pool) {
            return Optional.of(pool);
        }
        if (object == null || depth == 0 || !seen.add(object)) {
            return Optional.empty();
        }
        for (Class<?> type = object.getClass(); type != null && !platformClass(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Optional<ScheduledThreadPoolExecutor> found = find(read(field, object), depth - 1, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The JDK's own classes are not looked into (nor can they be: their modules are closed). */
    private static boolean platformClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.");
    }

    private static Object read(Field field, Object object) {
        try {
            return field.trySetAccessible() ? field.get(object) : null;
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
