package org.hallway.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** A mail in the outbox: written with the change that caused it, sent afterwards, its attempts recorded. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = OutboxMail.DUE,
        query = "select m from OutboxMail m where m.status in :statuses"
                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.RECENT, query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
public class OutboxMail extends Identified {

    public static final String DUE = "OutboxMail.due";
    public static final String RECENT = "OutboxMail.recent";
    public static final int MAX_ERROR = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "qr_text")
    private String qrText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Version
    private long version;

    protected OutboxMail() {}

    public OutboxMail(
            MailKind kind,
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            String qrText,
            LocalDateTime now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.qrText = qrText;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A sender takes it; should that sender vanish, it is due again at {@code leaseEnds}. */
    public void claim(LocalDateTime leaseEnds) {
        status = MailStatus.SENDING;
        nextAttemptAt = leaseEnds;
    }

    public void sent(LocalDateTime now, boolean onlyLogged) {
        status = onlyLogged ? MailStatus.LOGGED : MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt: retried at {@code retryAt}, or given up after {@code maxAttempts}. */
    public void failed(String error, LocalDateTime retryAt, int maxAttempts) {
        attempts++;
        lastError =
                error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    /** An organiser sends a given-up mail again. */
    public void retry(LocalDateTime now) {
        if (status == MailStatus.FAILED) {
            status = MailStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getQrText() {
        return qrText;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
