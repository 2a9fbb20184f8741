package org.hallway.networking.control;

import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The single writer of one networking session: commands run one at a time, in the order they
 * were submitted, on a pooled thread. Submitting never blocks, so a socket's thread hands its
 * command over and goes back to reading. At most {@value #BATCH} commands run per turn before the
 * lane yields its thread to other sessions.
 */
public final class SessionLane {

    static final int BATCH = 64;
    private static final System.Logger LOG = System.getLogger(SessionLane.class.getName());

    private final Executor executor;
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public SessionLane(Executor executor) {
        this.executor = executor;
    }

    public void submit(Runnable command) {
        commands.add(command);
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            Runnable command = commands.poll();
            if (command == null) {
                break;
            }
            try {
                command.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A networking command failed", e);
            }
        }
        scheduled.set(false);
        // A command added after the last poll but before the flag was cleared must still run.
        if (!commands.isEmpty() && scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }
}
