package org.hallway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Makes the container's default managed scheduled executor drop a cancelled task at once instead
 * of keeping it queued. Payara's WebSocket implementation (Tyrus) restarts a socket's idle timeout
 * on every frame it sends or receives: it cancels the previous timeout task and schedules a new one
 * on that executor ({@code java:comp/DefaultManagedScheduledExecutorService}), each with the
 * context captured for it (≈ 440 bytes, an EJB invocation included when the frame was sent from an
 * EJB). The executor runs them on one thread with a context set up per task, cancelled ones
 * included, so under load they pile up: a 5,000-person room's 12.5 million presence frames ran a
 * 2 GiB server out of memory with 1.5 million such tasks live (docs/performance.md, "Chat fan-out").
 * Removed on cancel, a socket has at most one task waiting, however many frames it sends.
 *
 * <p>The switch is the executor's own ({@link ScheduledThreadPoolExecutor#setRemoveOnCancelPolicy});
 * the container only hides it behind its adapter, so it is reached here, once, through the
 * adapter's fields. Where none is found (another server, whose WebSocket implementation schedules
 * no such tasks) nothing changes and that is logged.
 */
@Startup
@Singleton
public class CancelledTasks {

    private static final System.Logger LOG = System.getLogger(CancelledTasks.class.getName());
    /** Adapter → executor service → thread pool: two fields deep on Payara; one more for slack. */
    static final int DEPTH = 3;

    @Resource
    ManagedScheduledExecutorService scheduled;

    @PostConstruct
    void removeOnCancel() {
        try {
            Optional<ScheduledThreadPoolExecutor> pool = poolBehind(scheduled);
            if (pool.isPresent()) {
                pool.get().setRemoveOnCancelPolicy(true);
                LOG.log(Level.INFO, "The default managed scheduled executor removes cancelled tasks at once");
            } else {
                LOG.log(Level.INFO, "No thread pool found behind the default managed scheduled executor ("
                        + (scheduled == null ? "none" : scheduled.getClass().getName()) + "); left as it is");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the default managed scheduled executor remove cancelled tasks", e);
        }
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
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    private static Object read(Field field, Object object) {
        try {
            return field.trySetAccessible() ? field.get(object) : null;
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
