package org.hallway.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/** Loads the demo event at start-up when configured to; never touches a database that has events. */
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
    DemoAnalytics demoAnalytics;

    @PostConstruct
    void load() {
        if (!configuration.enabled()) {
            return;
        }
        if (demoEvent.loadIntoEmptyDatabase()) {
            demoChat.load();
            demoAnalytics.load();
            LOG.log(Level.INFO, "Demo event loaded: log in as {0} / {1}", DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        } else if (demoEvent.moveToToday()) {
            LOG.log(Level.INFO, "Demo event moved to today");
        }
    }
}
