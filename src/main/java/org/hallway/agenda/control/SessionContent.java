package org.hallway.agenda.control;

import java.util.Objects;
import org.hallway.agenda.entity.ContentKind;

/**
 * A session's content as checked by {@link ContentRules}: its kind and the address the organiser
 * gave. {@link #playUrl()} is what a page may put into a player, an iframe or a button: for
 * YouTube and Vimeo the provider's embed address built here from the video id, never the input.
 *
 * @param url for {@link ContentKind#NONE} null; a path starting with one "/" is a file of this site
 */
public record SessionContent(ContentKind kind, String url) {

    public static final SessionContent NONE = new SessionContent(ContentKind.NONE, null);

    /** The live stage (a Janus video room Hallway runs; no address). */
    public static final SessionContent STAGE = new SessionContent(ContentKind.STAGE, null);

    public SessionContent {
        Objects.requireNonNull(kind, "kind");
        if (kind.addressed() == (url == null)) {
            throw new IllegalArgumentException("content " + kind + " with url " + url);
        }
    }

    /** The stored kind and address, as saved through {@link ContentRules}. */
    public static SessionContent stored(ContentKind kind, String url) {
        if (kind == ContentKind.STAGE) {
            return STAGE;
        }
        return kind == null || kind == ContentKind.NONE || url == null ? NONE : new SessionContent(kind, url);
    }

    public boolean stage() {
        return kind == ContentKind.STAGE;
    }

    public boolean none() {
        return kind == ContentKind.NONE;
    }

    /** What the page plays or links to; embeds are rebuilt from the stored address's video id. */
    public String playUrl() {
        return switch (kind) {
            case NONE, STAGE -> null;
            case YOUTUBE -> EmbedProvider.YOUTUBE.embedUrl(EmbedProvider.YOUTUBE.videoId(java.net.URI.create(url)));
            case VIMEO -> EmbedProvider.VIMEO.embedUrl(EmbedProvider.VIMEO.videoId(java.net.URI.create(url)));
            default -> url;
        };
    }

    /** A path on this site (the page prefixes the context root). */
    public boolean local() {
        return url != null && url.startsWith("/");
    }
}
