package org.hallway.mail.entity;

/** Where a queued mail stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a sender; goes back to the queue if that sender never reports. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server configured: written to the log instead. */
    LOGGED,
    /** Gave up after the configured number of attempts. */
    FAILED
}
