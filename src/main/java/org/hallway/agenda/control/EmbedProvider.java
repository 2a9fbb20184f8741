package org.hallway.agenda.control;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A video provider whose player a room may embed: the addresses it recognises, how the video id
 * is read from them, and the one origin its player is framed from (which the Content-Security-Policy
 * allows when the provider is configured).
 */
public enum EmbedProvider {
    YOUTUBE(
            "https://www.youtube-nocookie.com",
            Set.of(
                    "youtube.com",
                    "www.youtube.com",
                    "m.youtube.com",
                    "youtu.be",
                    "www.youtube-nocookie.com",
                    "youtube-nocookie.com"),
            Pattern.compile("[A-Za-z0-9_-]{11}")) {
        @Override
        String videoId(URI uri) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (host.equals("youtu.be")) {
                return valid(path.length() > 1 ? path.substring(1) : null);
            }
            if (path.equals("/watch")) {
                return valid(query(uri, "v"));
            }
            for (String prefix : new String[] {"/embed/", "/live/", "/shorts/"}) {
                if (path.startsWith(prefix)) {
                    return valid(path.substring(prefix.length()));
                }
            }
            return null;
        }

        @Override
        String embedUrl(String videoId) {
            return origin() + "/embed/" + videoId;
        }
    },

    VIMEO(
            "https://player.vimeo.com",
            Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com"),
            Pattern.compile("[0-9]{1,12}")) {
        @Override
        String videoId(URI uri) {
            String path = uri.getPath() == null ? "" : uri.getPath();
            String id = uri.getHost().equalsIgnoreCase("player.vimeo.com")
                    ? (path.startsWith("/video/") ? path.substring("/video/".length()) : null)
                    : (path.length() > 1 ? path.substring(1) : null);
            return valid(id);
        }

        @Override
        String embedUrl(String videoId) {
            return origin() + "/video/" + videoId;
        }
    };

    private final String origin;
    private final Set<String> hosts;
    private final Pattern id;

    EmbedProvider(String origin, Set<String> hosts, Pattern id) {
        this.origin = origin;
        this.hosts = hosts;
        this.id = id;
    }

    /** The video id in a recognised address of this provider, or null. */
    abstract String videoId(URI uri);

    abstract String embedUrl(String videoId);

    /** The origin the player is framed from. */
    public String origin() {
        return origin;
    }

    /** The provider whose host this is, or null. */
    static EmbedProvider ofHost(String host) {
        for (EmbedProvider provider : values()) {
            if (provider.hosts.contains(host.toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        return null;
    }

    /** The provider's name as configured ({@code hallway.content.embed-providers}) and shown. */
    public String label() {
        return this == YOUTUBE ? "YouTube" : "Vimeo";
    }

    String valid(String candidate) {
        return candidate != null && id.matcher(candidate).matches() ? candidate : null;
    }

    private static String query(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
