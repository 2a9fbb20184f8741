package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameOriginPostsTest {

    private static boolean admitted(String origin, String referer, String fetchSite) {
        return AllowedOrigins.admits(
                SameOriginPosts.claimedOrigin(origin, referer, fetchSite), "events.example.org", List.of());
    }

    @Test
    void theOriginHeaderIsWhatCounts() {
        assertEquals(
                "https://events.example.org",
                SameOriginPosts.claimedOrigin("https://events.example.org", "https://evil.example/x", "same-origin"));
        assertTrue(admitted("https://events.example.org", null, "same-origin"));
        assertFalse(admitted("https://evil.example", null, "cross-site"));
    }

    @Test
    void withoutOriginTheReferersOriginCounts() {
        assertEquals(
                "https://events.example.org:8443",
                SameOriginPosts.claimedOrigin(null, "https://events.example.org:8443/login.xhtml?x=1", null));
        assertFalse(admitted(null, "https://evil.example/form.html", null));
        assertFalse(admitted(null, "not a url at all", null));
    }

    @Test
    void aRequestWithNeitherComesFromNoBrowserAndPasses() {
        assertNull(SameOriginPosts.claimedOrigin(null, null, null));
        assertTrue(admitted(null, null, null));
    }

    @Test
    void aHiddenOriginIsRefusedUnlessTheBrowserVouchesForThisSite() {
        assertFalse(admitted("null", null, null), "sandboxed frame or old browser: where it came from is unknown");
        assertFalse(admitted("null", null, "cross-site"), "a sandboxed frame on another site");
        assertFalse(admitted("null", null, "same-site"), "a sibling subdomain is another origin");
        assertFalse(admitted("null", "https://events.example.org/", "none"));
        assertTrue(admitted("null", null, "same-origin"), "this site's own form under a no-referrer policy");
        assertTrue(admitted("null", null, " Same-Origin "));
    }
}
