package org.hallway.mail.control;

/** What the sender needs of a claimed mail, read inside the claiming transaction. */
public record QueuedMail(
        long id, String recipient, String subject, String text, String html, String qrText, int attempts) {}
