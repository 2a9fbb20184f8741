package org.hallway.agenda.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.platform.Violation;

/**
 * The rules for what a session's room shows, as data: an organiser's address is accepted only
 * when it is https (http only for localhost, for testing), and for a video only from this site,
 * a configured media origin, or a configured embed provider (YouTube, Vimeo) whose video id can
 * be read. Scripts ({@code javascript:}), {@code data:} addresses, user names in addresses and
 * unknown hosts get a message each. Pure: tested without a container.
 */
public final class ContentRules {

    public static final int MAX_URL = 2000;
    /** A file of this site, e.g. {@code /media/demo-talk.mp4}: plain path characters, no "..". */
    private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]+");

    private static final Set<String> LOCALHOST = Set.of("localhost", "127.0.0.1", "[::1]");

    /** What the organiser chose to show. */
    public enum Use {
        NONE,
        VIDEO,
        MEETING,
        /** The live stage built in (a Janus video room): offered only when a Janus server is configured. */
        STAGE
    }

    public static final String NO_STAGE =
            "The live stage needs a Janus server: this site has none configured (hallway.stage.janus-url).";

    /** Where videos may come from: the configured embed providers and media origins ({@code https://host[:port]}). */
    public record Sources(Set<EmbedProvider> embeds, Set<String> mediaOrigins, boolean stage) {

        public Sources {
            embeds = Set.copyOf(embeds);
            mediaOrigins = Set.copyOf(mediaOrigins);
        }

        /** Without the live stage (no Janus server configured). */
        public Sources(Set<EmbedProvider> embeds, Set<String> mediaOrigins) {
            this(embeds, mediaOrigins, false);
        }
    }

    private ContentRules() {}

    /**
     * The content for {@code input}, or {@link SessionContent#NONE} with the problems added to
     * {@code violations} under {@code field}.
     */
    public static SessionContent check(
            String field, Use use, String input, Sources sources, List<Violation> violations) {
        String address = input == null ? "" : input.strip();
        if (use == null || use == Use.NONE) {
            return SessionContent.NONE;
        }
        if (use == Use.STAGE) {
            if (!sources.stage()) {
                violations.add(Violation.of(field, NO_STAGE));
                return SessionContent.NONE;
            }
            return SessionContent.STAGE;
        }
        if (address.isEmpty()) {
            violations.add(Violation.of(
                    field,
                    use == Use.MEETING
                            ? "Enter the meeting's address (https://…)."
                            : "Enter the video's address (https://…)."));
            return SessionContent.NONE;
        }
        String problem = problem(use, address, sources);
        if (problem != null) {
            violations.add(Violation.of(field, problem));
            return SessionContent.NONE;
        }
        return new SessionContent(kind(use, address), address);
    }

    /** The kind of an address {@link #problem} accepted. */
    private static ContentKind kind(Use use, String address) {
        if (use == Use.MEETING) {
            return ContentKind.MEETING;
        }
        if (address.startsWith("/")) {
            return fileKind(address);
        }
        URI uri = URI.create(address);
        EmbedProvider provider = EmbedProvider.ofHost(uri.getHost());
        if (provider != null) {
            return provider == EmbedProvider.YOUTUBE ? ContentKind.YOUTUBE : ContentKind.VIMEO;
        }
        return fileKind(uri.getPath());
    }

    private static String problem(Use use, String address, Sources sources) {
        if (address.length() > MAX_URL) {
            return "The address may have at most " + MAX_URL + " characters.";
        }
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "An address cannot contain spaces or control characters.";
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("vbscript:")) {
            return "Scripts (javascript: addresses) cannot be a session's content: give an https:// address.";
        }
        if (lower.startsWith("data:")) {
            return "data: addresses are not allowed: give the https:// address of the video or meeting.";
        }
        if (use == Use.VIDEO && address.startsWith("/") && !address.startsWith("//")) {
            if (!LOCAL.matcher(address).matches() || address.contains("..")) {
                return "A file of this site is a plain path such as /media/talk.mp4.";
            }
            return fileKind(address) == null ? "Use an HLS stream (.m3u8) or an MP4 file (.mp4)." : null;
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return "This is not a valid web address.";
        }
        if (uri.getScheme() == null) {
            return "Enter a full address starting with https://.";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        String onlyHttps = "Only https:// addresses are allowed (http:// only for localhost, for testing).";
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return onlyHttps;
        }
        if (host == null || host.isEmpty()) {
            return "This is not a valid web address: it names no host.";
        }
        if (scheme.equals("http") && !LOCALHOST.contains(host)) {
            return onlyHttps;
        }
        if (uri.getRawUserInfo() != null) {
            return "An address with a user name or password is not allowed.";
        }
        if (use == Use.MEETING) {
            return null;
        }
        EmbedProvider provider = EmbedProvider.ofHost(host);
        if (provider != null) {
            if (!sources.embeds().contains(provider)) {
                return provider.label() + " videos are not enabled on this site.";
            }
            return provider.videoId(uri) == null
                    ? "This is not the address of a " + provider.label() + " video."
                    : null;
        }
        if (fileKind(uri.getPath()) == null) {
            return "Use an HLS stream (.m3u8), an MP4 file (.mp4), or a YouTube or Vimeo video address.";
        }
        String origin = origin(uri);
        if (!sources.mediaOrigins().contains(origin)) {
            return "Videos from " + host + " are not allowed on this site (its administrator lists the allowed "
                    + "origins in hallway.content.media-origins); use YouTube or Vimeo, or a file of this site.";
        }
        return null;
    }

    /** The kind of a video address accepted before (a stored pre-session video). */
    public static ContentKind videoKind(String address) {
        return address == null ? ContentKind.NONE : kind(Use.VIDEO, address);
    }

    /** {@code scheme://host[:port]}, lower case, without the scheme's default port. */
    public static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static ContentKind fileKind(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".m3u8") ? ContentKind.HLS : lower.endsWith(".mp4") ? ContentKind.MP4 : null;
    }
}
