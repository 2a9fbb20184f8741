package org.hallway.mail.control;

import org.hallway.mail.entity.MailKind;

/**
 * One mail as written by a template: plain text and HTML (values escaped), and optionally a text to
 * show as an inline QR code ({@code cid:qr} in the HTML).
 */
public record Letter(MailKind kind, String recipient, String subject, String text, String html, String qrText) {}
