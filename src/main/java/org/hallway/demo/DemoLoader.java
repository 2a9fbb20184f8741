package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The whole demo in one transaction: the event with its people and sessions, then its chat,
 * feedback and analytics. All or nothing: a load that fails midway leaves an empty database, which
 * the next start loads again (a half-written demo would have looked loaded and never been repaired).
 */
@ApplicationScoped
public class DemoLoader {

    @Inject
    DemoEvent event;

    @Inject
    DemoChat chat;

    @Inject
    DemoFeedback feedback;

    @Inject
    DemoAnalytics analytics;

    @Inject
    DemoMyAgenda myAgenda;

    /** False, changing nothing, when the database already holds an event (see {@link DemoEvent#loadIntoEmptyDatabase}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean loadIntoEmptyDatabase() {
        if (!event.loadIntoEmptyDatabase()) {
            return false;
        }
        chat.load();
        feedback.load();
        analytics.load();
        myAgenda.load();
        return true;
    }
}
