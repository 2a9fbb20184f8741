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

/**
 * Loads the demo event at start-up when configured to; never touches a database that has events.
 * Several nodes may start at once on one empty database: the event's unique slug is the guard
 * (written first, see {@link DemoEvent#loadIntoEmptyDatabase}), so one node's load commits while
 * the others' wait for it and then fail; a node whose load or move failed tries once more, finds
 * the work done and skips it. A failure that repeats is real and stops the start-up. Each step
 * commits (or rolls back) in its own transaction, never in one around the start-up.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @Inject
    DemoConfiguration configuration;

    @Inject
    DemoEvent demoEvent;

    @Inject
    DemoChat demoChat;

    @Inject
    DemoFeedback demoFeedback;

    @Inject
    DemoAnalytics demoAnalytics;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!configuration.enabled()) {
            return;
        }
        if (once("Loading the demo event", demoEvent::loadIntoEmptyDatabase)) {
            demoChat.load();
            demoFeedback.load();
            demoAnalytics.load();
            LOG.log(Level.INFO, "Demo event loaded: log in as {0} / {1}", DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        } else if (once("Moving the demo event to today", demoEvent::moveToToday)) {
            LOG.log(Level.INFO, "Demo event moved to today");
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
            LOG.log(Level.INFO, "{0} failed ({1}); another node may have done it at the same time: checking",
                    step, e.toString());
            boolean done = work.getAsBoolean();
            if (!done) {
                LOG.log(Level.INFO, "{0}: done by another node, skipped here", step);
            }
            return done;
        }
    }
}
