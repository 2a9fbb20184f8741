package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/register.xhtml?token=abcDEF_-123",
                "/event/agenda.xhtml?event=demo&tab=networking",
                "/account/tickets.xhtml",
                "/"
            })
    void pathsOfThisSiteAreAccepted(String path) {
        assertTrue(ReturnPaths.isSafe(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "//evil.example/x",
                "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)",
                "evil.example",
                "",
                "/a\r\nSet-Cookie: x=1",
                "/login.xhtml?returnTo=/x",
                "/a/../admin",
                "/ spaced"
            })
    void anythingElseIsRefused(String path) {
        assertFalse(ReturnPaths.isSafe(path));
    }

    @Test
    void nothingAndOverlongPathsAreRefused() {
        assertFalse(ReturnPaths.isSafe(null));
        assertFalse(ReturnPaths.isSafe("/" + "a".repeat(ReturnPaths.MAX_LENGTH)));
    }
}
