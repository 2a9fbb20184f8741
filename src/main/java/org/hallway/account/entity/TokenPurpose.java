package org.hallway.account.entity;

import java.time.Duration;

/** What a mailed single-use link does, and how long it stays valid. */
public enum TokenPurpose {
    PASSWORD_RESET(Duration.ofMinutes(30)),
    VERIFY_EMAIL(Duration.ofDays(7)),
    SET_PASSWORD(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
