package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IceServersTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void credentialIsBase64OfHmacSha1OfTheUsername() {
        // RFC 2202, HMAC-SHA1 test case 2: effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
        assertEquals("7/zfauXrL6LSdBbV8YTfnCWafHk=", IceServers.credential("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void noServersByDefault() {
        var servers = IceServers.of(null, "  ", null, 3600);
        assertTrue(servers.isEmpty());
        assertEquals("[]", servers.forAccount(42, NOW).toString());
        assertEquals("[]", IceServers.none().forAccount(42, NOW).toString());
    }

    @Test
    void stunUrlsAreListedWithoutCredentials() {
        var json = IceServers.of("stun:stun.example.org:3478, stun:[2001:db8::1]:3478", null, null, 3600)
                .forAccount(42, NOW);
        assertEquals(1, json.size());
        JsonObject stun = json.getJsonObject(0);
        assertEquals("stun:stun.example.org:3478", stun.getJsonArray("urls").getString(0));
        assertEquals("stun:[2001:db8::1]:3478", stun.getJsonArray("urls").getString(1));
        assertTrue(!stun.containsKey("username") && !stun.containsKey("credential"));
    }

    @Test
    void turnGetsAnExpiringUsernameAndItsHmacCredential() {
        var json = IceServers.of(
                        "stun:turn.example.org",
                        "turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349",
                        "coturn-secret",
                        3600)
                .forAccount(42, NOW);
        assertEquals(2, json.size());
        JsonObject turn = json.getJsonObject(1);
        assertEquals(2, turn.getJsonArray("urls").size());
        assertEquals("1700003600:42", turn.getString("username"), "expiry = now + ttl, then the account id");
        // printf '1700003600:42' | openssl dgst -sha1 -hmac coturn-secret -binary | base64
        assertEquals("GVyk/hquy9Z88Kyjg9cZssKCnkk=", turn.getString("credential"));
    }

    @Test
    void theLifetimeMovesTheExpiry() {
        var turn = IceServers.of(null, "turn:turn.example.org", "s", 60)
                .forAccount(7, NOW)
                .getJsonObject(0);
        assertEquals("1700000060:7", turn.getString("username"));
    }

    @Test
    void turnWithoutASecretIsRefused() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> IceServers.of(null, "turn:turn.example.org", " ", 3600));
        assertTrue(e.getMessage().contains("hallway.ice.turn-secret"));
    }

    @Test
    void urlsOfTheWrongSchemeOrShapeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IceServers.of("turn:x.example.org", null, null, 3600));
        assertThrows(IllegalArgumentException.class, () -> IceServers.of(null, "stun:x.example.org", "s", 3600));
        assertThrows(IllegalArgumentException.class, () -> IceServers.of("http://x.example.org", null, null, 3600));
        assertThrows(IllegalArgumentException.class, () -> IceServers.of("stun:x\"<script>", null, null, 3600));
    }

    @Test
    void aLifetimeThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IceServers.of(null, "turn:t.example.org", "s", 0));
    }
}
