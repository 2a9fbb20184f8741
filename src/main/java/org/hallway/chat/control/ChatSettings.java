package org.hallway.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chat's configuration (defaults in microprofile-config.properties). */
@ApplicationScoped
public class ChatSettings {

    @Inject
    @ConfigProperty(name = "hallway.chat.rate-messages")
    int rateMessages;

    @Inject
    @ConfigProperty(name = "hallway.chat.rate-seconds")
    int rateSeconds;

    @Inject
    @ConfigProperty(name = "hallway.chat.edit-minutes")
    int editMinutes;

    @Inject
    @ConfigProperty(name = "hallway.chat.history")
    int history;

    public int rateMessages() {
        return rateMessages;
    }

    public long rateWindowMillis() {
        return rateSeconds * 1000L;
    }

    public long editWindowMillis() {
        return editMinutes * 60_000L;
    }

    /** How many messages one history page holds. */
    public int history() {
        return history;
    }
}
