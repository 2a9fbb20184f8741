package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import org.hallway.platform.Cluster;
import org.junit.jupiter.api.Test;

/** Which sessions a password change ends (here on one node without a grid: the topic stays local). */
class SignedInSessionsTest {

    /** A session that only knows its id and whether it was invalidated. */
    static final class FakeSession {
        final String id;
        boolean invalidated;
        final HttpSession session;

        FakeSession(String id) {
            this.id = id;
            this.session = (HttpSession) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> this.id;
                        case "invalidate" -> {
                            invalidated = true;
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    final SignedInSessions sessions = new SignedInSessions();

    SignedInSessionsTest() {
        sessions.cluster = new Cluster();
        sessions.listen();
    }

    @Test
    void aPasswordChangeEndsEverySessionOfTheAccountServedHereAndNoOtherAccounts() {
        var loggedInHere = new FakeSession("s1");
        var createdOnAnotherNode = new FakeSession("s2");
        var someoneElse = new FakeSession("s3");
        sessions.seen("ada@hallway.test", loggedInHere.session);
        sessions.seen("ada@hallway.test", createdOnAnotherNode.session);
        sessions.seen("grace@hallway.test", someoneElse.session);
        assertEquals(2, sessions.count("ada@hallway.test"));

        sessions.passwordChanged(new PasswordChanged("ada@hallway.test"));

        assertTrue(loggedInHere.invalidated);
        assertTrue(createdOnAnotherNode.invalidated);
        assertFalse(someoneElse.invalidated);
        assertEquals(0, sessions.count("ada@hallway.test"));
        assertEquals(1, sessions.count("grace@hallway.test"));
    }

    @Test
    void aSessionSeenOnEveryRequestCountsOnceAndLeavesWhenItEnds() {
        var session = new FakeSession("s1");
        sessions.seen("ada@hallway.test", session.session);
        sessions.seen("ada@hallway.test", new FakeSession("s1").session); // the next request's view of it
        assertEquals(1, sessions.count("ada@hallway.test"));
        sessions.ended(session.session);
        assertEquals(0, sessions.count("ada@hallway.test"));
        sessions.passwordChanged(new PasswordChanged("ada@hallway.test"));
        assertFalse(session.invalidated, "an ended session is not touched again");
    }
}
