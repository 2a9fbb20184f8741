package org.hallway.networking.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ICE servers a browser's RTCPeerConnection gets: none by default (host candidates suffice on
 * a LAN or loopback), the configured STUN servers, and TURN servers with time-limited credentials
 * in coturn's shared-secret mode ("TURN REST API"): the username is
 * {@code <expiry-unix-seconds>:<accountId>}, the credential base64(HMAC-SHA1(secret, username)),
 * so coturn checks them without knowing the accounts. Pure: configuration in, JSON out.
 */
public final class IceServers {

    public static final long DEFAULT_TTL_SECONDS = 3600;

    /** stun:, stuns:, turn:, turns: followed by a host[:port][?transport=...]: nothing that could break out of JSON or HTML. */
    private static final Pattern URL =
            Pattern.compile("(stuns?|turns?):[A-Za-z0-9.\\-\\[\\]:]+(\\?transport=(udp|tcp))?");

    private final List<String> stunUrls;
    private final List<String> turnUrls;
    private final String turnSecret;
    private final long ttlSeconds;

    private IceServers(List<String> stunUrls, List<String> turnUrls, String turnSecret, long ttlSeconds) {
        this.stunUrls = stunUrls;
        this.turnUrls = turnUrls;
        this.turnSecret = turnSecret;
        this.ttlSeconds = ttlSeconds;
    }

    /**
     * Reads the configuration values as they come from MicroProfile Config (comma-separated URL
     * lists, any of them may be null or blank).
     *
     * @throws IllegalArgumentException for a URL of the wrong scheme or shape, TURN URLs without
     *                                  a secret, or a lifetime that is not positive
     */
    public static IceServers of(String stunUrls, String turnUrls, String turnSecret, long ttlSeconds) {
        List<String> stun = urls(stunUrls, "stun", "hallway.ice.stun-urls");
        List<String> turn = urls(turnUrls, "turn", "hallway.ice.turn-urls");
        String secret = turnSecret == null || turnSecret.isBlank() ? null : turnSecret;
        if (!turn.isEmpty() && secret == null) {
            throw new IllegalArgumentException(
                    "hallway.ice.turn-urls needs hallway.ice.turn-secret (coturn's static-auth-secret).");
        }
        if (ttlSeconds <= 0) {
            throw new IllegalArgumentException(
                    "hallway.ice.turn-ttl-seconds must be positive, not " + ttlSeconds + ".");
        }
        return new IceServers(stun, turn, secret, ttlSeconds);
    }

    /** No STUN, no TURN. */
    public static IceServers none() {
        return new IceServers(List.of(), List.of(), null, DEFAULT_TTL_SECONDS);
    }

    private static List<String> urls(String list, String scheme, String key) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        for (String url : Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList()) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!URL.matcher(url).matches() || !lower.startsWith(scheme)) {
                throw new IllegalArgumentException(
                        key + ": '" + url + "' is not a " + scheme + ": or " + scheme + "s: URL.");
            }
            urls.add(url);
        }
        return List.copyOf(urls);
    }

    /** The servers for one attendee at {@code now}, as the JSON array RTCPeerConnection's {@code iceServers} takes. */
    public JsonArray forAccount(long accountId, Instant now) {
        JsonArrayBuilder servers = Json.createArrayBuilder();
        if (!stunUrls.isEmpty()) {
            servers.add(Json.createObjectBuilder().add("urls", array(stunUrls)));
        }
        if (!turnUrls.isEmpty()) {
            String username = username(accountId, now.getEpochSecond() + ttlSeconds);
            JsonObjectBuilder turn = Json.createObjectBuilder()
                    .add("urls", array(turnUrls))
                    .add("username", username)
                    .add("credential", credential(turnSecret, username));
            servers.add(turn);
        }
        return servers.build();
    }

    public boolean isEmpty() {
        return stunUrls.isEmpty() && turnUrls.isEmpty();
    }

    /** coturn's REST API username: when it expires, then who. */
    static String username(long accountId, long expiresAtEpochSecond) {
        return expiresAtEpochSecond + ":" + accountId;
    }

    /** base64(HMAC-SHA1(secret, username)), what coturn computes with {@code use-auth-secret}. */
    public static String credential(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
