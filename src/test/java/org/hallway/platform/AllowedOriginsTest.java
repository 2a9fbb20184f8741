package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private static final List<String> NONE = List.of();

    @Test
    void theSiteItselfIsAllowedWithOrWithoutDefaultPorts() {
        assertTrue(AllowedOrigins.admits("http://localhost:8081", "localhost:8081", NONE));
        assertTrue(AllowedOrigins.admits("https://events.example.org", "events.example.org", NONE));
        assertTrue(AllowedOrigins.admits("https://Events.Example.org:443", "events.example.org", NONE));
        assertTrue(AllowedOrigins.admits("http://events.example.org", "events.example.org:80", NONE));
    }

    @Test
    void anotherSiteOrPortOrSchemeIsRefused() {
        assertFalse(AllowedOrigins.admits("https://evil.example", "events.example.org", NONE));
        assertFalse(AllowedOrigins.admits("http://localhost:9999", "localhost:8081", NONE));
        assertFalse(AllowedOrigins.admits("http://events.example.org", "events.example.org:443", NONE));
        assertFalse(AllowedOrigins.admits("null", "events.example.org", NONE));
        assertFalse(AllowedOrigins.admits("https://evil.example", null, NONE));
    }

    @Test
    void configuredOriginsAreAllowedToo() {
        var further = AllowedOrigins.parse(" https://app.example.org , ,http://partner.example:8443");
        assertTrue(AllowedOrigins.admits("https://app.example.org", "events.example.org", further));
        assertTrue(AllowedOrigins.admits("https://APP.example.org:443", "events.example.org", further));
        assertTrue(AllowedOrigins.admits("http://partner.example:8443", "events.example.org", further));
        assertFalse(AllowedOrigins.admits("https://partner.example", "events.example.org", further));
    }

    @Test
    void aRequestWithoutOriginIsNotABrowserOnAnotherSite() {
        assertTrue(AllowedOrigins.admits(null, "events.example.org", NONE));
    }
}
