package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.hallway.agenda.control.ContentConfiguration;
import org.hallway.agenda.control.ContentRules.Sources;
import org.hallway.agenda.control.EmbedProvider;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyFramesExactlyTheConfiguredProvidersAndLoadsMediaFromExactlyTheConfiguredOrigins() {
        String policy = SecurityHeaders.policy(ContentConfiguration.pageSources(
                new Sources(Set.of(EmbedProvider.VIMEO), Set.of("https://cdn.example.org"))));
        assertTrue(policy.contains("frame-src https://player.vimeo.com;"), policy);
        assertTrue(policy.contains("media-src 'self' blob: mediastream: https://cdn.example.org;"), policy);
        assertTrue(policy.contains("connect-src 'self' https://cdn.example.org;"), policy);
    }

    @Test
    void withoutProvidersNothingIsFramedAndMediaComeFromThisSiteOnly() {
        String policy = SecurityHeaders.policy(ContentConfiguration.pageSources(new Sources(Set.of(), Set.of())));
        assertTrue(policy.contains("frame-src 'none';"), policy);
        assertTrue(policy.contains("media-src 'self' blob: mediastream:;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), policy);
    }
}
