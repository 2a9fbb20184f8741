package org.hallway.account.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hallway.account.entity.Account;

/**
 * What a profile may hold. Each check returns null when the value is acceptable, else the message
 * to show; shared by registration and the profile page so both refuse the same things.
 */
public final class ProfileRules {

    public static final int MAX_EMAIL = 254;
    /** One @, no spaces, a dot in the domain: the shape, not deliverability. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ProfileRules() {
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
                ? "The headline may have at most " + Account.MAX_HEADLINE + " characters." : null;
    }

    public static String problemWithBio(String bio) {
        return bio != null && bio.length() > Account.MAX_BIO
                ? "The bio may have at most " + Account.MAX_BIO + " characters." : null;
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
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
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
