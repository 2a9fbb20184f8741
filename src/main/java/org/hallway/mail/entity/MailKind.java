package org.hallway.mail.entity;

/** Why a mail was written; organisers see it on the Outbox page. */
public enum MailKind {
    INVITATION,
    VERIFICATION,
    PASSWORD_RESET,
    REGISTERED,
    ALREADY_REGISTERED,
    FOLLOW_UP,
    SURVEY
}
