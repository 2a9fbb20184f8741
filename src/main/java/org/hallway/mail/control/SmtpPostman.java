package org.hallway.mail.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.hallway.platform.QrCodes;

/**
 * Hands one mail to the configured SMTP server (plain text and HTML alternatives, the QR code as an
 * inline image), or writes it to the log when no server is configured.
 */
@ApplicationScoped
public class SmtpPostman {

    private static final System.Logger LOG = System.getLogger(SmtpPostman.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Returns true when the mail only went to the log. Throws when the server refused or was unreachable. */
    public boolean deliver(QueuedMail mail) throws MessagingException {
        if (!settings.smtpConfigured()) {
            LOG.log(
                    Level.INFO,
                    "No SMTP server configured (hallway.mail.host); mail to {0}: {1}\n{2}",
                    mail.recipient(),
                    mail.subject(),
                    mail.text());
            return true;
        }
        Session session = session();
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");

        var alternatives = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        var html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        if (mail.qrText() == null) {
            alternatives.addBodyPart(html);
        } else {
            var related = new MimeMultipart("related");
            related.addBodyPart(html);
            var qr = new MimeBodyPart();
            qr.setDataHandler(new DataHandler(new ByteArrayDataSource(QrCodes.png(mail.qrText(), 200), "image/png")));
            qr.setContentID("<qr>");
            qr.setDisposition(Part.INLINE);
            qr.setFileName("invite-qr.png");
            related.addBodyPart(qr);
            var relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            alternatives.addBodyPart(relatedPart);
        }
        message.setContent(alternatives);
        message.saveChanges();
        Transport.send(message);
        return false;
    }

    private Session session() {
        var p = new Properties();
        String host = settings.host().orElseThrow();
        String timeout = String.valueOf(settings.timeoutMillis());
        var tls = settings.tls();
        String protocol = tls == MailSettings.Tls.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        if (tls == MailSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls != MailSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            p.put("mail." + protocol + ".auth", "true");
            String user = settings.user().get();
            String password = settings.password();
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        return Session.getInstance(p, authenticator);
    }
}
