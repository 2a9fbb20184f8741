package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/register.xhtml?token=abcDEF_-123", "/event/agenda.xhtml?event=demo&tab=networking",
        "/account/tickets.xhtml", "/"})
    void pathsOfThisSiteAreAccepted(String path) {
        assertTrue(ReturnPaths.isSafe(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
        "javascript:alert(1)", "evil.example", "", "/a\r\nSet-Cookie: x=1", "/login.xhtml?returnTo=/x",
        "/a/../admin", "/ spaced"})
    void anythingElseIsRefused(String path) {
        assertFalse(ReturnPaths.isSafe(path));
    }

    @Test
    void nothingAndOverlongPathsAreRefused() {
        assertFalse(ReturnPaths.isSafe(null));
        assertFalse(ReturnPaths.isSafe("/" + "a".repeat(ReturnPaths.MAX_LENGTH)));
    }

    @Test
    void aUrlOfThisApplicationBecomesItsPathWithinTheContext() {
        assertEquals("/account/profile.xhtml?x=1",
                ReturnPaths.withinContext("http://10.0.0.5:8080/app/account/profile.xhtml?x=1", "/app"));
        assertEquals("/event/agenda.xhtml?event=demo",
                ReturnPaths.withinContext("http://localhost/event/agenda.xhtml?event=demo", ""));
    }

    @Test
    void aUrlOutsideTheContextOrUnsafeGivesNothing() {
        assertNull(ReturnPaths.withinContext("http://host/other/x.xhtml", "/app"));
        assertNull(ReturnPaths.withinContext("http://host/app//evil.example", "/app"));
        assertNull(ReturnPaths.withinContext("not a url", "/app"));
        assertNull(ReturnPaths.withinContext(null, "/app"));
    }
}
