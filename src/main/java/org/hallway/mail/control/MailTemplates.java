package org.hallway.mail.control;

import java.util.List;
import org.hallway.mail.entity.MailKind;

/**
 * The mails Hallway writes, each as plain text and HTML. Every value from users (names, event
 * names) is escaped in the HTML; links are absolute, built from the configured base URL.
 */
public final class MailTemplates {

    private MailTemplates() {}

    public static Letter invitation(String to, String eventName, String ticketTypeName, String link) {
        String subject = "You are invited to " + eventName;
        String text = "Hello,\n\nYou are invited to " + eventName + " with a " + ticketTypeName + " ticket.\n\n"
                + "Register here (the link is personal to this invitation):\n" + link + "\n\n"
                + "Or scan the QR code in this mail's HTML version with your phone.\n";
        String html = paragraph("Hello,")
                + paragraph("You are invited to <strong>" + escape(eventName) + "</strong> with a <strong>"
                        + escape(ticketTypeName) + "</strong> ticket.")
                + button(link, "Register")
                + "<p><img src=\"cid:qr\" alt=\"QR code of the invite link\" width=\"200\" height=\"200\"/></p>";
        return new Letter(MailKind.INVITATION, to, subject, text + signature(), wrap(subject, html), link);
    }

    public static Letter verification(String to, String name, String link, int validDays) {
        String subject = "Confirm your e-mail address for Hallway";
        String text = "Hello " + name + ",\n\nPlease confirm that this is your e-mail address:\n" + link + "\n\n"
                + "The link is valid for " + validDays + " days. If you did not register, ignore this mail.\n";
        String html = paragraph("Hello " + escape(name) + ",")
                + paragraph("Please confirm that this is your e-mail address.")
                + button(link, "Confirm my address")
                + paragraph("The link is valid for " + validDays + " days. If you did not register, ignore this mail.");
        return new Letter(MailKind.VERIFICATION, to, subject, text + signature(), wrap(subject, html), null);
    }

    public static Letter passwordReset(String to, String link, int validMinutes) {
        String subject = "Reset your Hallway password";
        String text =
                "Hello,\n\nSomeone (probably you) asked to reset the password of this address's Hallway account.\n"
                        + "Choose a new password here:\n" + link + "\n\n"
                        + "The link works once and for " + validMinutes
                        + " minutes. If you did not ask, ignore this mail:"
                        + " your password stays as it is.\n";
        String html = paragraph("Hello,")
                + paragraph("Someone (probably you) asked to reset the password of this address's Hallway account.")
                + button(link, "Choose a new password")
                + paragraph("The link works once and for " + validMinutes + " minutes. If you did not ask, ignore this"
                        + " mail: your password stays as it is.");
        return new Letter(MailKind.PASSWORD_RESET, to, subject, text + signature(), wrap(subject, html), null);
    }

    public static Letter registered(String to, String name, String eventName, String link, int validDays) {
        String subject = "You are registered for " + eventName;
        String text = "Hello " + name + ",\n\nThe organiser registered you for " + eventName + ".\n"
                + "Choose your password to log in:\n" + link + "\n\n"
                + "The link works once and for " + validDays + " days; later, use \"Forgot your password?\" on the"
                + " login page.\n";
        String html = paragraph("Hello " + escape(name) + ",")
                + paragraph("The organiser registered you for <strong>" + escape(eventName) + "</strong>.")
                + button(link, "Choose my password")
                + paragraph("The link works once and for " + validDays + " days; later, use \"Forgot your password?\""
                        + " on the login page.");
        return new Letter(MailKind.REGISTERED, to, subject, text + signature(), wrap(subject, html), null);
    }

    /** Sent instead of creating a second account, so the register page never tells who has an account. */
    public static Letter alreadyRegistered(String to, String eventName, String inviteLink, String resetLink) {
        String subject = "Your registration for " + eventName;
        String text = "Hello,\n\nSomeone (probably you) tried to register this address for " + eventName
                + ", but it already has a Hallway account.\n"
                + "Log in and open the invite link again to get your ticket:\n" + inviteLink + "\n\n"
                + "Forgot your password? Choose a new one here:\n" + resetLink + "\n";
        String html = paragraph("Hello,")
                + paragraph("Someone (probably you) tried to register this address for <strong>" + escape(eventName)
                        + "</strong>, but it already has a Hallway account.")
                + paragraph("Log in and open the invite link again to get your ticket:")
                + button(inviteLink, "Open the invite link")
                + paragraph("Forgot your password?")
                + button(resetLink, "Choose a new password");
        return new Letter(MailKind.ALREADY_REGISTERED, to, subject, text + signature(), wrap(subject, html), null);
    }

    /**
     * A person met in a networking session, as the summary lists them: {@code email} only when the two
     * connected (it is shared with connections only), {@code note} the recipient's own private note.
     */
    public record Contact(String name, String headline, String link, String email, boolean connected, String note) {}

    /**
     * The organiser's summary of a networking session for one participant: everyone they met, with
     * headline and link, connected or not (address only for connections), and their own notes.
     */
    public static Letter followUp(
            String to, String name, String eventName, String sessionName, List<Contact> contacts, String link) {
        String subject = "Your connections from " + sessionName;
        long connected = contacts.stream().filter(Contact::connected).count();
        String summary = "You met " + contacts.size() + (contacts.size() == 1 ? " person" : " people") + " in "
                + sessionName + " at " + eventName + (connected == 0 ? "" : " and connected with " + connected) + ":";
        var text = new StringBuilder("Hello " + name + ",\n\n" + summary + "\n\n");
        var items = new StringBuilder("<ul>\n");
        for (Contact c : contacts) {
            String headline = blank(c.headline()) ? "" : ", " + c.headline();
            text.append("- ")
                    .append(c.name())
                    .append(headline)
                    .append(c.connected() ? " <" + c.email() + ">" : " (not connected)")
                    .append('\n');
            if (!blank(c.link())) {
                text.append("  ").append(c.link()).append('\n');
            }
            if (!blank(c.note())) {
                text.append("  Your note: ").append(c.note()).append('\n');
            }
            items.append("<li><strong>")
                    .append(escape(c.name()))
                    .append("</strong>")
                    .append(blank(c.headline()) ? "" : ", " + escape(c.headline()))
                    .append(
                            c.connected()
                                    ? " &lt;<a href=\"mailto:" + escape(c.email()) + "\">" + escape(c.email())
                                            + "</a>&gt;"
                                    : " (not connected)")
                    .append(
                            blank(c.link())
                                    ? ""
                                    : "<br/><a href=\"" + escape(c.link()) + "\">" + escape(c.link()) + "</a>")
                    .append(blank(c.note()) ? "" : "<br/><em>Your note:</em> " + escape(c.note()))
                    .append("</li>\n");
        }
        items.append("</ul>\n");
        text.append("\nA short note while the conversation is fresh goes a long way: say what you talked about and"
                        + " what you suggest next.\nAll your matches, with a vCard to download:\n")
                .append(link)
                .append('\n');
        String html = paragraph("Hello " + escape(name) + ",")
                + paragraph(escape(summary))
                + items
                + paragraph("A short note while the conversation is fresh goes a long way: say what you talked"
                        + " about and what you suggest next.")
                + button(link, "See all your matches");
        return new Letter(MailKind.FOLLOW_UP, to, subject, text + signature(), wrap(subject, html), null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A feedback survey opened for someone who attended its session (or the event). */
    public static Letter survey(String to, String name, String eventName, String about, String link) {
        String subject = "Tell us about " + about;
        String text = "Hello " + name + ",\n\nThank you for joining " + about + " at " + eventName + ". A few quick"
                + " questions, and your answers help the organisers make the next one better:\n" + link + "\n";
        String html = paragraph("Hello " + escape(name) + ",")
                + paragraph("Thank you for joining <strong>" + escape(about) + "</strong> at <strong>"
                        + escape(eventName)
                        + "</strong>. A few quick questions, and your answers help the organisers make"
                        + " the next one better.")
                + button(link, "Answer the survey");
        return new Letter(MailKind.SURVEY, to, subject, text + signature(), wrap(subject, html), null);
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String paragraph(String html) {
        return "<p>" + html + "</p>\n";
    }

    private static String button(String link, String label) {
        return "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;padding:10px 16px;"
                + "background:#3b5bdb;color:#fff;text-decoration:none;border-radius:6px\">" + escape(label)
                + "</a></p>\n"
                + "<p style=\"font-size:12px;color:#555\">" + escape(link) + "</p>\n";
    }

    private static String wrap(String subject, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>" + escape(subject) + "</title></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5\">\n" + body
                + "<p style=\"color:#555\">— Hallway</p></body></html>";
    }

    private static String signature() {
        return "\n-- \nHallway\n";
    }
}
