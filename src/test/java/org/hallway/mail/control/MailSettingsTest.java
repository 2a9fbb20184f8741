package org.hallway.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void theSameSchemeHostPortAndPathAreTheConfiguredAddress() {
        assertTrue(MailSettings.sameAddress("http://localhost:8080/", "http", "localhost", 8080, ""));
        assertTrue(MailSettings.sameAddress("https://Events.Example.org/", "https", "events.example.org", 443, ""));
        assertTrue(MailSettings.sameAddress("https://events.example.org", "https", "events.example.org", 443, ""));
        assertTrue(MailSettings.sameAddress(
                "https://events.example.org/hallway/", "https", "events.example.org", 443, "/hallway"));
        assertTrue(MailSettings.sameAddress(
                "https://events.example.org/hallway", "https", "events.example.org", 443, "/hallway"));
    }

    @Test
    void anyDifferenceIsAnotherAddress() {
        assertFalse(MailSettings.sameAddress("http://localhost:8080/", "http", "localhost", 9090, ""), "port");
        assertFalse(MailSettings.sameAddress("http://localhost:8080/", "http", "events.example.org", 8080, ""), "host");
        assertFalse(
                MailSettings.sameAddress("https://events.example.org/", "http", "events.example.org", 80, ""),
                "scheme");
        assertFalse(
                MailSettings.sameAddress("http://localhost:8080/", "http", "localhost", 8080, "/hallway"),
                "deployed under /hallway/ while the links point at the root");
        assertFalse(
                MailSettings.sameAddress("https://events.example.org/hallway/", "https", "events.example.org", 443, ""),
                "the other way round");
        assertFalse(MailSettings.sameAddress("not a url", "http", "localhost", 8080, ""));
    }
}
