package org.hallway.stage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hallway's own requests to Janus's VideoRoom over its HTTP API: create a session's room, destroy
 * it, kick a publisher, mute a publisher's stream (Janus {@code moderate}). Each call opens a
 * short Janus session, attaches the plugin, sends the one synchronous request and destroys the
 * session. A room's {@code secret} is derived from the room key, so every node knows it.
 */
@ApplicationScoped
public class JanusRooms {

    /** Janus VideoRoom's error code for "room exists" and "no such room". */
    static final int ROOM_EXISTS = 427;

    static final int NO_SUCH_ROOM = 426;

    /** Most publishers on one stage (the grid's nine tiles). */
    public static final int PUBLISHERS = 9;

    @Inject
    StageConfiguration configuration;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Janus failed or could not be reached. */
    public static final class JanusUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JanusUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Creates the room unless it exists. */
    public void ensureRoom(long room, String description) {
        JsonObject answer = request(Json.createObjectBuilder()
                .add("request", "create")
                .add("room", room)
                .add("admin_key", configuration.roomKey())
                .add("secret", secret(room))
                .add("description", description.length() > 100 ? description.substring(0, 100) : description)
                .add("publishers", PUBLISHERS)
                .add("is_private", true)
                .add("permanent", false));
        int code = errorCode(answer);
        if (code != 0 && code != ROOM_EXISTS) {
            throw new JanusUnavailable("Janus refused to create room " + room + ": " + answer, null);
        }
    }

    public void destroyRoom(long room) {
        JsonObject answer = request(Json.createObjectBuilder()
                .add("request", "destroy")
                .add("room", room)
                .add("secret", secret(room)));
        int code = errorCode(answer);
        if (code != 0 && code != NO_SUCH_ROOM) {
            throw new JanusUnavailable("Janus refused to destroy room " + room + ": " + answer, null);
        }
    }

    /** Whether the room exists now. */
    public boolean exists(long room) {
        JsonObject answer =
                request(Json.createObjectBuilder().add("request", "exists").add("room", room));
        return answer.getBoolean("exists", false);
    }

    /** Removes a participant from the room (their PeerConnections end). False when not in it. */
    public boolean kick(long room, long participant) {
        JsonObject answer = request(Json.createObjectBuilder()
                .add("request", "kick")
                .add("room", room)
                .add("secret", secret(room))
                .add("id", participant));
        return errorCode(answer) == 0;
    }

    /** Mutes (or unmutes) one stream of a publisher, as Janus relays it: its {@code mid}. */
    public boolean moderate(long room, long participant, String mid, boolean mute) {
        JsonObject answer = request(Json.createObjectBuilder()
                .add("request", "moderate")
                .add("room", room)
                .add("secret", secret(room))
                .add("id", participant)
                .add("mid", mid)
                .add("mute", mute));
        return errorCode(answer) == 0;
    }

    /** The room's publishers as Janus lists them ({@code listparticipants}). */
    public JsonObject participants(long room) {
        return request(
                Json.createObjectBuilder().add("request", "listparticipants").add("room", room));
    }

    String secret(long room) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(configuration.roomKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal(("stage-room:" + room).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin's answer ({@code plugindata.data}) to one synchronous request. */
    private JsonObject request(JsonObjectBuilder body) {
        URI base = configuration.httpApi();
        long session = id(post(base, Json.createObjectBuilder().add("janus", "create")));
        try {
            URI sessionUri = URI.create(base + "/" + session);
            long handle = id(post(
                    sessionUri,
                    Json.createObjectBuilder().add("janus", "attach").add("plugin", StageRules.VIDEOROOM)));
            JsonObject answer = post(
                    URI.create(sessionUri + "/" + handle),
                    Json.createObjectBuilder().add("janus", "message").add("body", body));
            if (!(answer.get("plugindata") instanceof JsonObject plugin)
                    || !(plugin.get("data") instanceof JsonObject data)) {
                throw new JanusUnavailable("Janus answered without plugin data: " + answer, null);
            }
            return data;
        } finally {
            post(URI.create(base + "/" + session), Json.createObjectBuilder().add("janus", "destroy"));
        }
    }

    private static int errorCode(JsonObject data) {
        return data.containsKey("error_code") ? data.getInt("error_code") : 0;
    }

    private static long id(JsonObject answer) {
        if (!"success".equals(answer.getString("janus", "")) || !(answer.get("data") instanceof JsonObject data)) {
            throw new JanusUnavailable("Janus refused: " + answer, null);
        }
        return data.getJsonNumber("id").longValue();
    }

    private JsonObject post(URI uri, JsonObjectBuilder message) {
        String body = message.add("transaction", UUID.randomUUID().toString())
                .add("apisecret", configuration.apiSecret())
                .build()
                .toString();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new JanusUnavailable("Janus is not reachable at " + uri.getHost() + ":" + uri.getPort(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusUnavailable("Interrupted while asking Janus", e);
        } catch (RuntimeException e) {
            throw new JanusUnavailable("Janus answered what is not JSON", e);
        }
    }
}
