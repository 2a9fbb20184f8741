package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions each account is logged in with on this node, so that a password change can end
 * them all once it has committed. Sessions leave when they end ({@code SessionEnds}).
 */
@ApplicationScoped
public class SignedInSessions {

    private static final System.Logger LOG = System.getLogger(SignedInSessions.class.getName());

    private final Map<String, Set<HttpSession>> byCaller = new ConcurrentHashMap<>();

    void signedIn(String caller, HttpSession session) {
        byCaller.computeIfAbsent(caller, c -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void ended(HttpSession session) {
        byCaller.values().forEach(sessions -> sessions.remove(session));
        byCaller.values().removeIf(Set::isEmpty);
    }

    /** How many sessions the account is logged in with here. */
    public int count(String caller) {
        return byCaller.getOrDefault(caller, Set.of()).size();
    }

    /** After the password changed: every session of the account ends, the current one included. */
    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
        Set<HttpSession> sessions = byCaller.remove(changed.email());
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                LOG.log(Level.DEBUG, "Session already ended");
            }
        }
    }
}
