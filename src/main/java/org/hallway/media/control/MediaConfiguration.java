package org.hallway.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The upload limit of this installation, read once from MicroProfile Config (defaults in
 * microprofile-config.properties).
 */
@ApplicationScoped
public class MediaConfiguration {

    @Inject
    @ConfigProperty(name = "hallway.upload.max-bytes")
    long maxBytes;

    /** The largest accepted image upload, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
