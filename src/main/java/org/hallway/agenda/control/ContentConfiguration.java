package org.hallway.agenda.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.platform.PageSources;

/**
 * Where session videos may come from, read once from MicroProfile Config (defaults in
 * microprofile-config.properties): the embed providers ({@code hallway.content.embed-providers},
 * e.g. {@code youtube,vimeo}) and the origins of HLS/MP4 files besides this site
 * ({@code hallway.content.media-origins}, e.g. {@code https://cdn.example.org}). The same values
 * make the Content-Security-Policy's frame-src, media-src and connect-src, so the browser allows
 * exactly what the form accepts.
 */
@ApplicationScoped
public class ContentConfiguration {

    private static final System.Logger LOG = System.getLogger(ContentConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "hallway.content.embed-providers")
    Optional<String> embedProviders;

    @Inject
    @ConfigProperty(name = "hallway.content.media-origins")
    Optional<String> mediaOrigins;

    private ContentRules.Sources sources;

    @PostConstruct
    void read() {
        Set<EmbedProvider> embeds = EnumSet.noneOf(EmbedProvider.class);
        for (String name : list(embedProviders)) {
            try {
                embeds.add(EmbedProvider.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                LOG.log(
                        Level.WARNING,
                        "hallway.content.embed-providers: unknown provider {0} ignored " + "(known: youtube, vimeo)",
                        name);
            }
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : list(mediaOrigins)) {
            String normal = normalOrigin(origin.strip());
            if (normal == null) {
                LOG.log(Level.WARNING, "hallway.content.media-origins: {0} ignored; write https://host[:port]", origin);
            } else {
                origins.add(normal);
            }
        }
        sources = new ContentRules.Sources(embeds, origins);
    }

    /** A comma-separated value's entries (an empty value is no value to MicroProfile Config). */
    private static List<String> list(Optional<String> value) {
        return value.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    public ContentRules.Sources sources() {
        return sources;
    }

    /** The same sources for the platform's Content-Security-Policy. */
    @Produces
    PageSources pageSources() {
        return pageSources(sources);
    }

    public static PageSources pageSources(ContentRules.Sources sources) {
        return new PageSources(
                sources.mediaOrigins(),
                sources.embeds().stream().map(EmbedProvider::origin).collect(Collectors.toSet()));
    }

    /** An https origin (http for localhost) as {@link ContentRules#origin} writes it, or null. */
    static String normalOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            boolean plain = uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null
                    && uri.getRawUserInfo() == null
                    && uri.getFragment() == null;
            boolean secure = "https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())
                            && Set.of("localhost", "127.0.0.1")
                                    .contains(uri.getHost().toLowerCase(Locale.ROOT));
            return plain && secure ? ContentRules.origin(uri) : null;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return null;
        }
    }
}
