package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.networking.entity.NetworkingRules;

/** The server-wide timing of networking meetings (the per-session part lives in {@link NetworkingRules}). */
@ApplicationScoped
public class NetworkingSettings {

    @Inject
    @ConfigProperty(name = "hallway.networking.extension-window-seconds")
    int extensionWindowSeconds;

    @Inject
    @ConfigProperty(name = "hallway.networking.media-timeout-seconds")
    int mediaTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "hallway.networking.grace-seconds")
    int graceSeconds;

    @Inject
    @ConfigProperty(name = "hallway.networking.min-meeting-seconds")
    int minMeetingSeconds;

    public Terms terms(NetworkingRules rules) {
        return new Terms(
                rules.getMeetingSeconds() * 1000L,
                extensionWindowSeconds * 1000L,
                rules.getLeaveAfterSeconds() * 1000L,
                rules.getMaxExtensions(),
                mediaTimeoutSeconds * 1000L,
                graceSeconds * 1000L);
    }

    public int extensionWindowSeconds() {
        return extensionWindowSeconds;
    }

    public int graceSeconds() {
        return graceSeconds;
    }

    public int minMeetingSeconds() {
        return minMeetingSeconds;
    }
}
