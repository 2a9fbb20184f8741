package org.hallway.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.function.BooleanSupplier;
import org.hallway.platform.DemoConfiguration;

/**
 * Loads the demo event at start-up when configured to; never touches a database that has events.
 * Several nodes may start at once on one empty database: the event's unique slug is the guard
 * (written first, see {@link DemoEvent#loadIntoEmptyDatabase}), so one node's load commits while
 * the others' wait for it and then fail; a node whose load or move failed tries once more, finds
 * the work done and skips it. The load is one transaction ({@link DemoLoader}); the move another.
 * A failure that repeats is logged and the application starts without the demo: demo data never
 * takes the site down, and the next start tries again.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @Inject
    DemoConfiguration configuration;

    @Inject
    DemoLoader loader;

    @Inject
    DemoEvent demoEvent;

    /** What every start runs; public so that a test can run it again as the next start would. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!configuration.enabled()) {
            return;
        }
        try {
            if (once("Loading the demo event", loader::loadIntoEmptyDatabase)) {
                LOG.log(
                        Level.INFO,
                        "Demo event loaded: log in as {0} / {1}",
                        DemoEvent.ADMIN_EMAIL,
                        DemoEvent.PASSWORD);
            } else if (once("Moving the demo event to today", demoEvent::moveToToday)) {
                LOG.log(Level.INFO, "Demo event moved to today");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The demo data could not be loaded or moved; nothing of the failed step was kept."
                            + " The site runs without it; the next start tries again",
                    e);
        }
    }

    /**
     * Runs a step that changes nothing when its work is already done; when it fails (another node
     * did the same work at the same time and committed first), runs it once more: it then finds the
     * work done and returns false. A second failure propagates.
     */
    private static boolean once(String step, BooleanSupplier work) {
        try {
            return work.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.INFO,
                    "{0} failed ({1}); another node may have done it at the same time: checking",
                    step,
                    e.toString());
            boolean done = work.getAsBoolean();
            if (!done) {
                LOG.log(Level.INFO, "{0}: done by another node, skipped here", step);
            }
            return done;
        }
    }
}
