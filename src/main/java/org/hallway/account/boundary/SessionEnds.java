package org.hallway.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.hallway.account.control.SignedInSessions;

/** Tells {@link SignedInSessions} when a session ends (logout, timeout, invalidation). */
@WebListener
public class SessionEnds implements HttpSessionListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
