package org.hallway.stage.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The relay's rules, as data: which Janus API message from a browser goes on to Janus, rewritten
 * with the API secret (and a publisher's id and name set by Hallway), and which is refused, and
 * why. Pure: tested without Janus or a container.
 *
 * <p>A browser may create Janus sessions, attach the VideoRoom plugin, and address only the
 * sessions and handles it created. In the VideoRoom it may join only its session's room; as a
 * publisher (its publisher id is its account id, its name Hallway's) that publishes only while its
 * pass allows publishing, or, while it may watch, without publishing (to learn who is on stage);
 * as a subscriber only while it may watch, and only to feeds of this stage;
 * {@code publish} and {@code configure} on a publisher handle are checked again each time, so a
 * person taken off the stage cannot publish again. Room management (create, destroy, kick,
 * moderate, edit, forwarding, recording, allowed lists) is Hallway's alone.
 */
public final class StageRules {

    public static final String VIDEOROOM = "janus.plugin.videoroom";

    /** The VideoRoom requests a browser may send; all others are Hallway's. */
    private static final Set<String> BROWSER_REQUESTS = Set.of(
            "join",
            "joinandconfigure",
            "configure",
            "publish",
            "unpublish",
            "leave",
            "start",
            "pause",
            "subscribe",
            "unsubscribe",
            "update",
            "switch");

    /** What happens to one message. */
    public record Verdict(JsonObject forward, String refusal) {

        static Verdict refuse(String why) {
            return new Verdict(null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private StageRules() {}

    /**
     * The verdict on one message; {@code pass} is asked (it reads the database) only for joining
     * and publishing. A forwarded create or attach is remembered in {@code state} until Janus answers.
     */
    public static Verdict check(JsonObject message, RelayState state, Supplier<StagePass> pass, String apiSecret) {
        String janus = string(message, "janus");
        String transaction = string(message, "transaction");
        if (janus == null || transaction == null || transaction.isEmpty() || transaction.length() > 64) {
            return Verdict.refuse("A Janus request needs \"janus\" and a \"transaction\".");
        }
        Long session = number(message, "session_id");
        Long handle = number(message, "handle_id");
        if (!janus.equals("create") && (session == null || !state.owns(session))) {
            return Verdict.refuse("Not a Janus session of this connection.");
        }
        switch (janus) {
            case "create" -> {
                if (session != null || handle != null) {
                    return Verdict.refuse("A new session names no session.");
                }
                state.awaitCreate(transaction);
                return forward(message, apiSecret);
            }
            case "keepalive" -> {
                return forward(message, apiSecret);
            }
            case "destroy" -> {
                state.destroyed(session);
                return forward(message, apiSecret);
            }
            case "attach" -> {
                if (!VIDEOROOM.equals(string(message, "plugin"))) {
                    return Verdict.refuse("Only the VideoRoom plugin is available on the stage.");
                }
                state.awaitAttach(transaction, session);
                return forward(message, apiSecret);
            }
            case "detach", "hangup", "trickle" -> {
                if (handle == null || !state.ownsHandle(handle)) {
                    return Verdict.refuse("Not a handle of this connection.");
                }
                if (janus.equals("detach")) {
                    state.detached(handle);
                }
                return forward(message, apiSecret);
            }
            case "message" -> {
                if (handle == null || !state.ownsHandle(handle)) {
                    return Verdict.refuse("Not a handle of this connection.");
                }
                return videoRoom(message, handle, state, pass, apiSecret);
            }
            default -> {
                return Verdict.refuse("The stage does not relay \"" + janus + "\" requests.");
            }
        }
    }

    private static Verdict videoRoom(
            JsonObject message, long handle, RelayState state, Supplier<StagePass> passes, String apiSecret) {
        if (!(message.get("body") instanceof JsonObject body)) {
            return Verdict.refuse("A plugin message needs a body.");
        }
        String request = string(body, "request");
        if (request == null || !BROWSER_REQUESTS.contains(request)) {
            return Verdict.refuse("Only Hallway manages the stage's room (\"" + request + "\" refused).");
        }
        switch (request) {
            case "join", "joinandconfigure" -> {
                StagePass pass = passes.get();
                Long room = number(body, "room");
                if (room == null || room != pass.room()) {
                    return Verdict.refuse("This connection may join only its own session's stage.");
                }
                String ptype = string(body, "ptype");
                if ("publisher".equals(ptype)) {
                    // A watcher joins as a publisher that never publishes: Janus then tells it who is on
                    // stage. Publishing itself (joinandconfigure, publish, configure) needs the pass.
                    boolean publishing = request.equals("joinandconfigure") || message.containsKey("jsep");
                    if (publishing ? !pass.publish() : !pass.publish() && !pass.subscribe()) {
                        return Verdict.refuse(
                                pass.subscribe()
                                        ? "Only people on stage may publish."
                                        : "The stage is not on air yet.");
                    }
                    state.joinedAsPublisher(handle);
                    JsonObjectBuilder rewritten = Json.createObjectBuilder(body)
                            .add("id", pass.accountId())
                            .add("display", pass.displayName());
                    return forward(withBody(message, rewritten.build()), apiSecret);
                }
                if ("subscriber".equals(ptype)) {
                    if (!pass.subscribe()) {
                        return Verdict.refuse("The stage is not on air yet.");
                    }
                    String feeds = foreignFeed(body, pass);
                    return feeds != null ? Verdict.refuse(feeds) : forward(message, apiSecret);
                }
                return Verdict.refuse("Join as a publisher or a subscriber.");
            }
            case "publish", "configure" -> {
                if (state.publisher(handle) || request.equals("publish")) {
                    StagePass pass = passes.get();
                    if (!pass.publish()) {
                        return Verdict.refuse("Only people on stage may publish.");
                    }
                }
                return forward(message, apiSecret);
            }
            case "subscribe", "update", "switch" -> {
                if (state.publisher(handle)) {
                    return Verdict.refuse("Subscribe on a subscriber handle.");
                }
                StagePass pass = passes.get();
                if (!pass.subscribe()) {
                    return Verdict.refuse("The stage is not on air yet.");
                }
                String feeds = foreignFeed(body, pass);
                return feeds != null ? Verdict.refuse(feeds) : forward(message, apiSecret);
            }
            default -> {
                return forward(message, apiSecret);
            }
        }
    }

    /** A reason when the body names a feed that is not this stage's (or names one malformed). */
    private static String foreignFeed(JsonObject body, StagePass pass) {
        String refusal = "Only this stage's feeds may be watched.";
        JsonValue single = body.get("feed");
        if (single != null && !allowedFeed(single, pass)) {
            return refusal;
        }
        for (String list : new String[] {"streams", "subscribe"}) {
            JsonValue value = body.get(list);
            if (value == null) {
                continue;
            }
            if (!(value instanceof JsonArray streams)) {
                return "\"" + list + "\" must be a list.";
            }
            for (JsonValue stream : streams) {
                if (!(stream instanceof JsonObject s) || !allowedFeed(s.get("feed"), pass)) {
                    return refusal;
                }
            }
        }
        return null;
    }

    private static boolean allowedFeed(JsonValue feed, StagePass pass) {
        return feed instanceof JsonNumber n && n.isIntegral() && pass.feeds().contains(n.longValue());
    }

    private static Verdict forward(JsonObject message, String apiSecret) {
        return new Verdict(
                Json.createObjectBuilder(message).add("apisecret", apiSecret).build(), null);
    }

    private static JsonObject withBody(JsonObject message, JsonObject body) {
        return Json.createObjectBuilder(message).add("body", body).build();
    }

    /** Janus's own error answer to a refused request, so janus.js reports it like any failure. */
    public static JsonObject error(JsonObject message, String reason) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("janus", "error");
        String transaction = message == null ? null : string(message, "transaction");
        if (transaction != null) {
            error.add("transaction", transaction);
        }
        Long session = message == null ? null : number(message, "session_id");
        if (session != null) {
            error.add("session_id", session);
        }
        return error.add("error", Json.createObjectBuilder().add("code", 403).add("reason", reason))
                .build();
    }

    static String string(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    static Long number(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
    }
}
