package org.hallway.account.control;

import java.util.regex.Pattern;

/**
 * Where the login page may send the user back to: only a path of this site (relative to the
 * context root), so a crafted link cannot turn the login into a redirect to somewhere else.
 */
public final class ReturnPaths {

    public static final int MAX_LENGTH = 1000;
    /** Starts with one slash followed by a path character; no scheme, host, backslash or control character. */
    private static final Pattern SAME_SITE = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%?/-]*");

    private ReturnPaths() {}

    public static boolean isSafe(String path) {
        return path != null
                && path.length() <= MAX_LENGTH
                && SAME_SITE.matcher(path).matches()
                && !path.startsWith("//")
                && !path.startsWith("/login.xhtml")
                && !path.contains("/../")
                && !path.endsWith("/..");
    }
}
