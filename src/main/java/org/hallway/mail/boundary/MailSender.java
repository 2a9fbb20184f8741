package org.hallway.mail.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hallway.mail.control.QueuedMail;
import org.hallway.mail.control.SmtpPostman;

/**
 * Sends the outbox every second: claims due mail in one short transaction, talks to SMTP outside
 * any transaction, records each outcome in its own. A failure is retried with growing delays
 * ({@code hallway.mail.retry-*}) and shown to organisers; nothing leaves the outbox unrecorded.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final System.Logger LOG = System.getLogger(MailSender.class.getName());
    static final int BATCH = 20;

    private final AtomicBoolean busy = new AtomicBoolean();

    @Inject
    OutboxQueue queue;

    @Inject
    SmtpPostman postman;

    /** A tick that finds the previous one still sending (a slow server) does nothing. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            List<QueuedMail> claimed;
            do {
                try {
                    claimed = queue.claimDue(BATCH);
                } catch (OutboxQueue.ClaimedElsewhere e) {
                    return;
                }
                claimed.forEach(this::send);
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail sender round failed", e);
        } finally {
            busy.set(false);
        }
    }

    private void send(QueuedMail mail) {
        boolean onlyLogged;
        try {
            onlyLogged = postman.deliver(mail);
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Mail {0} to {1} not sent (attempt {2}): {3}",
                    mail.id(),
                    mail.recipient(),
                    mail.attempts() + 1,
                    e.toString());
            queue.recordFailure(mail.id(), describe(e));
            return;
        }
        queue.recordSent(mail.id(), onlyLogged);
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 800; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
