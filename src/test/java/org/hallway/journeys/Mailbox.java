package org.hallway.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) that the site under test sends its mail to; a journey
 * reads a person's mail from it as they would in their mail program: the subject, the text, a link.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GreenMail smtp;
    private final int port;

    private Mailbox(GreenMail smtp, int port) {
        this.smtp = smtp;
        this.port = port;
    }

    /** Starts an SMTP server on a free loopback port. */
    public static Mailbox start() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        return new Mailbox(smtp, port);
    }

    public int port() {
        return port;
    }

    /** One mail as its recipient sees it. */
    public record Mail(String to, String subject, String text) {

        /** The first link in the mail whose address contains {@code part} (e.g. "reset-password"). */
        public String link(String part) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group().replace("&amp;", "&").replaceAll("[.,;)\\]]+$", "");
                if (link.contains(part)) {
                    return link;
                }
            }
            throw new AssertionError(
                    "No link containing \"" + part + "\" in the mail \"" + subject + "\" to " + to + ":\n" + text);
        }
    }

    /**
     * Waits for a mail to {@code to} whose subject contains {@code subjectPart}, which has not been
     * read through this mailbox before; fails with the mails that did arrive.
     */
    public Mail awaitMail(String to, String subjectPart) {
        return awaitMail(to, subjectPart, PATIENCE);
    }

    /** The same, waiting up to {@code patience} (a mail caused by something scheduled minutes ahead). */
    public Mail awaitMail(String to, String subjectPart, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            for (Mail mail : mailsTo(to)) {
                if (mail.subject().contains(subjectPart) && read.add(key(mail))) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No new mail to " + to + " with \"" + subjectPart + "\" within " + patience
                        + "; mails to them: "
                        + mailsTo(to).stream().map(Mail::subject).toList());
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
    }

    /** Every mail {@code to} has received, oldest first. */
    public List<Mail> mailsTo(String to) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().toLowerCase().contains(to.toLowerCase()));
                if (addressed) {
                    mails.add(new Mail(to, message.getSubject(), text(message.getContent())));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable mail", e);
            }
        }
        return mails;
    }

    private final java.util.Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static String key(Mail mail) {
        return mail.to() + "\n" + mail.subject() + "\n" + mail.text();
    }

    /** The plain text of a message, or its HTML when it has no plain part. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.isMimeType("text/html") && html == null) {
                    html = (String) part.getContent();
                } else if (part.getContent() instanceof Multipart nested) {
                    String inner = text(nested);
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
