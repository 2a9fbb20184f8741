package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelledTasksTest {

    final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(0);

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

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void findsThePoolThatTheAdapterHidesTwoFieldsDeep() {
        var service = new Service();
        service.threadPoolExecutor = pool;
        var adapter = new Adapter(service);
        service.adapter = adapter; // a cycle: walked once
        assertSame(pool, CancelledTasks.poolBehind(adapter).orElseThrow());
    }

    @Test
    void aPoolItselfIsFound() {
        assertSame(pool, CancelledTasks.poolBehind(pool).orElseThrow());
    }

    @Test
    void findsNothingWhereNoPoolIsHeldAndStopsAtCycles() {
        assertEquals(Optional.empty(), CancelledTasks.poolBehind(new Elsewhere()));
        assertEquals(Optional.empty(), CancelledTasks.poolBehind(null));
        assertEquals(Optional.empty(), CancelledTasks.poolBehind(new Adapter(new Service())));
    }
}
