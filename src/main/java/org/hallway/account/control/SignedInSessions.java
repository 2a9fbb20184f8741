package org.hallway.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hallway.platform.Cluster;

/**
 * The HTTP sessions each account uses on this node, so that a password change can end them all once
 * it has committed. With several nodes a session lives in the data grid and any node may serve it:
 * each node learns the sessions it serves (at login and on every later request, also those another
 * node created) and the change is told to every node through the {@link Cluster}, each ending the
 * sessions it knows. Sessions leave when they end ({@code SessionEnds}).
 */
@ApplicationScoped
public class SignedInSessions {

    static final String TOPIC = "hallway.account.password-changed";
    private static final System.Logger LOG = System.getLogger(SignedInSessions.class.getName());

    /** Caller name to its sessions here, by session id (a request's session object may differ per request). */
    private final Map<String, Map<String, HttpSession>> byCaller = new ConcurrentHashMap<>();

    @Inject
    Cluster cluster;

    @PostConstruct
    void listen() {
        cluster.subscribe(TOPIC, this::endAll);
    }

    /** A request of {@code caller} on {@code session} is served here (at login, and every request after it). */
    void seen(String caller, HttpSession session) {
        byCaller.computeIfAbsent(caller, c -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }

    public void ended(HttpSession session) {
        String id = session.getId();
        byCaller.values().forEach(sessions -> sessions.remove(id));
        byCaller.values().removeIf(Map::isEmpty);
    }

    /** How many sessions the account is logged in with here. */
    public int count(String caller) {
        return byCaller.getOrDefault(caller, Map.of()).size();
    }

    /** After the password changed: every session of the account ends on every node, the current one included. */
    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
        cluster.publish(TOPIC, changed.email());
    }

    private void endAll(String caller) {
        Map<String, HttpSession> sessions = byCaller.remove(caller);
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions.values()) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                LOG.log(Level.DEBUG, "Session already ended");
            }
        }
    }
}
