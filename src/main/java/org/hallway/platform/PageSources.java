package org.hallway.platform;

import java.util.Set;

/**
 * The origins besides this site that pages may use, for the Content-Security-Policy
 * ({@link SecurityHeaders}): media files (media-src, connect-src) and framed players (frame-src).
 * The feature that configures session content produces it (a CDI producer), so the platform reads
 * it without knowing that feature.
 */
public record PageSources(Set<String> mediaOrigins, Set<String> frameOrigins) {

    public PageSources {
        mediaOrigins = Set.copyOf(mediaOrigins);
        frameOrigins = Set.copyOf(frameOrigins);
    }
}
