package org.hallway.account.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hallway.account.entity.Account;
import org.hallway.platform.Violation;

/**
 * What a profile may hold. Each {@code problemWith} check returns null when the value is acceptable,
 * else the message to show; the form-level checks name the fields. Shared by registration, the
 * profile page and the attendee import, so all refuse the same things.
 */
public final class ProfileRules {

    public static final int MAX_EMAIL = 254;
    /** One @, no spaces, a dot in the domain: the shape, not deliverability. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ProfileRules() {}

    /** The profile form: every broken rule, next to its field. */
    public static List<Violation> profile(String displayName, String headline, String bio, String link) {
        List<Violation> violations = new ArrayList<>();
        add(violations, "displayName", problemWithName(displayName));
        add(violations, "headline", problemWithHeadline(headline));
        add(violations, "bio", problemWithBio(bio));
        add(violations, "link", problemWithLink(link));
        return violations;
    }

    /** The registration form of a new attendee: every broken rule, next to its field. */
    public static List<Violation> newAccount(
            String displayName, String email, String password, String confirmation, String headline) {
        List<Violation> violations = new ArrayList<>();
        add(violations, "displayName", problemWithName(displayName));
        add(violations, "email", problemWithEmail(email));
        add(violations, "password", Passwords.problemWith(password, email));
        add(violations, "confirmation", Objects.equals(password, confirmation) ? null : "The two passwords differ.");
        add(violations, "headline", problemWithHeadline(headline));
        return violations;
    }

    /** The login form: both fields filled in and of a plausible length (the identity store decides the rest). */
    public static List<Violation> login(String email, String password) {
        List<Violation> violations = new ArrayList<>();
        if (email == null || email.isBlank()) {
            add(violations, "email", "Enter your e-mail address.");
        } else if (email.strip().length() > MAX_EMAIL) {
            add(violations, "email", "That e-mail address is too long.");
        }
        if (password == null || password.isEmpty()) {
            add(violations, "password", "Enter your password.");
        } else if (password.length() > Passwords.MAX_LENGTH) {
            add(violations, "password", "That password is too long.");
        }
        return violations;
    }

    private static void add(List<Violation> violations, String field, String problem) {
        if (problem != null) {
            violations.add(Violation.of(field, problem));
        }
    }

    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return "Enter your name as others should see it.";
        }
        if (name.length() > Account.MAX_NAME) {
            return "The name may have at most " + Account.MAX_NAME + " characters.";
        }
        return null;
    }

    public static String problemWithEmail(String email) {
        if (email == null || email.isBlank()) {
            return "Enter your e-mail address.";
        }
        String trimmed = email.trim();
        if (trimmed.length() > MAX_EMAIL) {
            return "That e-mail address is too long.";
        }
        if (!EMAIL.matcher(trimmed).matches()) {
            return "That does not look like an e-mail address.";
        }
        return null;
    }

    public static String problemWithHeadline(String headline) {
        return headline != null && headline.length() > Account.MAX_HEADLINE
                ? "The headline may have at most " + Account.MAX_HEADLINE + " characters."
                : null;
    }

    public static String problemWithBio(String bio) {
        return bio != null && bio.length() > Account.MAX_BIO
                ? "The bio may have at most " + Account.MAX_BIO + " characters."
                : null;
    }

    /** A link others may click: only an absolute http(s) URL with a host, never javascript: and the like. */
    public static String problemWithLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.trim();
        if (trimmed.length() > Account.MAX_LINK) {
            return "The link may have at most " + Account.MAX_LINK + " characters.";
        }
        String message = "Enter a full web address starting with https:// or http://.";
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isEmpty()) {
                return message;
            }
        } catch (URISyntaxException e) {
            return message;
        }
        return null;
    }

    /** Blank optional text is stored as nothing. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
