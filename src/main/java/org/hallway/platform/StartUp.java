package org.hallway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this node's start-up steps (migrations, demo data, networking recovery, grid listeners)
 * are done. Background work that writes rows a start-up step may be writing, such as the session
 * scheduler, waits for it: its EJB timers fire as soon as the module is deployed, before the
 * start-up singletons have finished. Set once by {@link StartUpComplete}.
 */
@ApplicationScoped
public class StartUp {

    private final AtomicBoolean complete = new AtomicBoolean();

    public boolean isComplete() {
        return complete.get();
    }

    void completed() {
        complete.set(true);
    }
}
