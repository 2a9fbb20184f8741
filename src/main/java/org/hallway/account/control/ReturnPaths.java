package org.hallway.account.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where the login page may send the user back to: only a path of this site (relative to the
 * context root), so a crafted link cannot turn the login into a redirect to somewhere else.
 */
public final class ReturnPaths {

    public static final int MAX_LENGTH = 1000;
    /** Starts with one slash followed by a path character; no scheme, host, backslash or control character. */
    private static final Pattern SAME_SITE = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%?/-]*");

    private ReturnPaths() {
    }

    public static boolean isSafe(String path) {
        return path != null && path.length() <= MAX_LENGTH
                && SAME_SITE.matcher(path).matches()
                && !path.startsWith("//")
                && !path.startsWith("/login.xhtml")
                && !path.contains("/../") && !path.endsWith("/..");
    }

    /**
     * The path of an absolute URL of this application relative to its context root (with the
     * query), when that is a safe return path; else null. The URL's host is ignored.
     */
    public static String withinContext(String url, String contextPath) {
        if (url == null || contextPath == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            String relative = path.substring(contextPath.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return isSafe(relative) ? relative : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
