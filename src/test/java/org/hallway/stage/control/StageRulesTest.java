package org.hallway.stage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StageRulesTest {

    private static final String SECRET = "api-secret";
    private static final long SESSION = 11;
    private static final long HANDLE = 22;
    private static final long ROOM = 42;

    private final RelayState state = new RelayState();
    private final AtomicReference<StagePass> pass = new AtomicReference<>();

    @BeforeEach
    void aBrowserWithOneSessionAndHandle() {
        pass.set(speaker());
        assertForwarded("{\"janus\":\"create\",\"transaction\":\"t1\"}");
        state.answered("t1", "success", SESSION);
        assertForwarded("{\"janus\":\"attach\",\"transaction\":\"t2\",\"session_id\":11,"
                + "\"plugin\":\"janus.plugin.videoroom\"}");
        state.answered("t2", "success", HANDLE);
    }

    private static StagePass speaker() {
        return new StagePass(7, 5, "Ada", ROOM, true, true, Set.of(5L, 6L), false);
    }

    private static StagePass attendee(boolean live) {
        return new StagePass(7, 9, "Grace", ROOM, false, live, Set.of(5L, 6L), false);
    }

    @Test
    void everyForwardedRequestCarriesTheApiSecretTheBrowserNeverHas() {
        JsonObject out = assertForwarded(
                "{\"janus\":\"keepalive\",\"transaction\":\"t3\",\"session_id\":11,\"apisecret\":\"guess\"}");
        assertEquals(SECRET, out.getString("apisecret"));
    }

    @Test
    void aPublisherJoinsUnderHallwaysIdAndName() {
        JsonObject out = assertForwarded(message(
                "{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":42,\"id\":6,\"display\":\"Someone else\"}"));
        JsonObject body = out.getJsonObject("body");
        assertEquals(5, body.getJsonNumber("id").longValue());
        assertEquals("Ada", body.getString("display"));
    }

    @Test
    void joiningAnotherRoomIsRefused() {
        assertRefused(
                message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":43,\"streams\":[{\"feed\":5}]}"));
        assertRefused(message("{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":43}"));
    }

    @Test
    void publishingWhileNotOnStageIsRefused() {
        pass.set(attendee(true));
        assertRefused(message("{\"request\":\"joinandconfigure\",\"ptype\":\"publisher\",\"room\":42}"));
        // a watcher joins without publishing, to hear who is on stage, and cannot publish then
        JsonObject joined = assertForwarded(message("{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":42}"));
        assertEquals(9, joined.getJsonObject("body").getJsonNumber("id").longValue());
        assertRefused(message("{\"request\":\"publish\"}"));
        assertRefused(message("{\"request\":\"configure\",\"audio\":true}"));
    }

    @Test
    void beforeTheStageIsOnAirAnAttendeeCannotJoinAtAll() {
        pass.set(attendee(false));
        assertRefused(message("{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":42}"));
    }

    @Test
    void aSpeakerTakenOffTheStageCannotPublishAgainOnTheHandleTheyHad() {
        assertForwarded(message("{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":42}"));
        assertForwarded(message("{\"request\":\"publish\"}"));
        pass.set(attendee(true));
        assertRefused(message("{\"request\":\"publish\"}"));
        assertRefused(message("{\"request\":\"configure\",\"audio\":true}"));
    }

    @Test
    void anAttendeeWatchesOnlyOnceTheStageIsOnAir() {
        pass.set(attendee(false));
        assertRefused(
                message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":42,\"streams\":[{\"feed\":5}]}"));
        pass.set(attendee(true));
        assertForwarded(
                message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":42,\"streams\":[{\"feed\":5}]}"));
    }

    @Test
    void aFeedThatIsNotThisStagesIsRefused() {
        pass.set(attendee(true));
        assertRefused(
                message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":42,\"streams\":[{\"feed\":77}]}"));
        assertRefused(message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":42,\"feed\":77}"));
        assertRefused(message("{\"request\":\"subscribe\",\"streams\":[{\"feed\":5},{\"feed\":77}]}"));
        assertRefused(message("{\"request\":\"join\",\"ptype\":\"subscriber\",\"room\":42,\"streams\":\"5\"}"));
    }

    @Test
    void roomManagementIsHallwaysAlone() {
        for (String request : new String[] {
            "create", "destroy", "kick", "moderate", "edit", "rtp_forward", "allowed", "enable_recording", "list"
        }) {
            assertRefused(message("{\"request\":\"" + request + "\",\"room\":42,\"secret\":\"x\"}"));
        }
    }

    @Test
    void sessionsAndHandlesOfOtherConnectionsAreRefused() {
        assertRefused("{\"janus\":\"keepalive\",\"transaction\":\"t\",\"session_id\":99}");
        assertRefused("{\"janus\":\"message\",\"transaction\":\"t\",\"session_id\":11,\"handle_id\":99,"
                + "\"body\":{\"request\":\"leave\"}}");
        assertRefused("{\"janus\":\"trickle\",\"transaction\":\"t\",\"session_id\":11,\"handle_id\":99,"
                + "\"candidate\":{\"completed\":true}}");
        assertRefused("{\"janus\":\"claim\",\"transaction\":\"t\",\"session_id\":99}");
    }

    @Test
    void onlyTheVideoRoomPluginMayBeAttached() {
        assertRefused("{\"janus\":\"attach\",\"transaction\":\"t\",\"session_id\":11,"
                + "\"plugin\":\"janus.plugin.streaming\"}");
    }

    @Test
    void aRefusalIsJanussOwnErrorForTheSameTransaction() {
        JsonObject error =
                StageRules.error(json("{\"janus\":\"message\",\"transaction\":\"t9\",\"session_id\":11}"), "No.");
        assertEquals("error", error.getString("janus"));
        assertEquals("t9", error.getString("transaction"));
        assertEquals(403, error.getJsonObject("error").getInt("code"));
    }

    @Test
    void aFailedCreateAddsNoSession() {
        assertForwarded("{\"janus\":\"create\",\"transaction\":\"t5\"}");
        state.answered("t5", "error", 123L);
        assertFalse(state.owns(123));
        assertTrue(state.owns(SESSION));
    }

    private static String message(String body) {
        return "{\"janus\":\"message\",\"transaction\":\"tm\",\"session_id\":11,\"handle_id\":22,\"body\":" + body
                + "}";
    }

    private JsonObject assertForwarded(String text) {
        StageRules.Verdict verdict = StageRules.check(json(text), state, pass::get, SECRET);
        assertNull(verdict.refusal(), text);
        return verdict.forward();
    }

    private void assertRefused(String text) {
        StageRules.Verdict verdict = StageRules.check(json(text), state, pass::get, SECRET);
        assertTrue(verdict.refused(), "should be refused: " + text);
        assertNull(verdict.forward());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
