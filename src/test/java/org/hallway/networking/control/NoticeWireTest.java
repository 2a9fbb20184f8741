package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.hallway.account.control.Person;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.ErrorCode;
import org.junit.jupiter.api.Test;

/** The exact wire form of every server message the engine's notices become (docs/protocol.md). */
class NoticeWireTest {

    static final long S = 7, A = 1042, B = 1051, M = 1203;
    static final long T0 = 1_795_000_000_123L;
    static final String T0_WIRE = "2026-11-18T11:06:40.123Z";
    static final long NOW = T0 + 1_000;
    static final String NOW_WIRE = "2026-11-18T11:06:41.123Z";

    final NoticeWire wire = new NoticeWire(new EnvelopeCodec());

    @Test
    void everyKindOfNoticeHasItsWireForm() {
        for (Class<?> kind : Notice.class.getPermittedSubclasses()) {
            org.junit.jupiter.api.Assertions.assertTrue(wire.writes(kind), kind.getSimpleName());
        }
    }

    @Test
    void queue() {
        assertEquals(
                "{\"type\":\"queue\",\"data\":{\"ready\":3,\"estimatedWaitSeconds\":12}}",
                wire.format(new Notice.Queue(S, A, 3, 12), NOW));
    }

    @Test
    void matchedCarriesThePartnerTheRoleTheClockAndWhetherItResumed() {
        var grace = new Person(B, "Grace Hopper", null, "/images/9");
        assertEquals(
                "{\"type\":\"matched\",\"data\":{\"meetingId\":1203,\"partner\":{\"id\":1051,"
                        + "\"displayName\":\"Grace Hopper\",\"headline\":null,\"headshotUrl\":\"/images/9\"},"
                        + "\"role\":\"offerer\",\"startedAt\":\"" + T0_WIRE + "\",\"endsAt\":\"" + T0_WIRE + "\","
                        + "\"leaveAllowedAt\":\"" + T0_WIRE + "\",\"extensions\":0,\"serverTime\":\"" + NOW_WIRE
                        + "\",\"resumed\":true}}",
                wire.format(new Notice.Matched(S, A, M, grace, true, T0, T0, T0, 0, true), NOW));
    }

    @Test
    void extensionMessages() {
        assertEquals(
                "{\"type\":\"extension-offered\",\"data\":{\"meetingId\":1203,\"offerEndsAt\":\"" + T0_WIRE
                        + "\",\"serverTime\":\"" + NOW_WIRE + "\"}}",
                wire.format(new Notice.ExtensionOffered(S, A, M, T0), NOW));
        assertEquals(
                "{\"type\":\"extension-accepted\",\"data\":{\"meetingId\":1203,\"by\":\"partner\"}}",
                wire.format(new Notice.ExtensionAccepted(S, A, M, false), NOW));
        assertEquals(
                "{\"type\":\"extended\",\"data\":{\"meetingId\":1203,\"endsAt\":\"" + T0_WIRE
                        + "\",\"extensions\":1,\"serverTime\":\"" + NOW_WIRE + "\"}}",
                wire.format(new Notice.Extended(S, A, M, T0, 1), NOW));
        assertEquals(
                "{\"type\":\"extension-withdrawn\",\"data\":{\"meetingId\":1203,\"reason\":\"expired\"}}",
                wire.format(new Notice.ExtensionWithdrawn(S, A, M, false), NOW));
    }

    @Test
    void ratedCarriesTheStoredRatingWithNullsForWhatWasNotSaid() {
        assertEquals(
                "{\"type\":\"rated\",\"data\":{\"meetingId\":1203,\"stars\":2,\"meetAgain\":null}}",
                wire.format(new Notice.Rated(S, A, M, 2, null), NOW));
        assertEquals(
                "{\"type\":\"rated\",\"data\":{\"meetingId\":1203,\"stars\":null,\"meetAgain\":\"never\"}}",
                wire.format(new Notice.Rated(S, A, M, null, org.hallway.networking.entity.MeetAgain.NEVER), NOW));
    }

    @Test
    void connection() {
        assertEquals(
                "{\"type\":\"connection\",\"data\":{\"meetingId\":1203,\"partnerId\":1051,\"state\":\"incoming\"}}",
                wire.format(new Notice.ConnectionChanged(S, A, M, B, ConnectionState.INCOMING), NOW));
    }

    @Test
    void partnerLostAndBack() {
        assertEquals(
                "{\"type\":\"partner-lost\",\"data\":{\"meetingId\":1203,\"graceSeconds\":15}}",
                wire.format(new Notice.PartnerLost(S, A, M, 15), NOW));
        assertEquals(
                "{\"type\":\"partner-back\",\"data\":{\"meetingId\":1203}}",
                wire.format(new Notice.PartnerBack(S, A, M), NOW));
    }

    @Test
    void meetingEndedWithEachReason() {
        assertEquals(
                "{\"type\":\"meeting-ended\",\"data\":{\"meetingId\":1203,\"reason\":\"partner-left\","
                        + "\"serverTime\":\"" + NOW_WIRE + "\"}}",
                wire.format(new Notice.MeetingEnded(S, A, M, Notice.Ending.PARTNER_LEFT), NOW));
        for (Notice.Ending ending : Notice.Ending.values()) {
            String expected = Set.of("time", "left", "partner-left", "partner-lost", "media-failed", "blocked").stream()
                    .filter(w -> w.equals(ending.name().toLowerCase().replace('_', '-')))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    true,
                    wire.format(new Notice.MeetingEnded(S, A, M, ending), NOW)
                            .contains("\"reason\":\"" + expected + "\""),
                    ending.name());
        }
    }

    @Test
    void sessionEnded() {
        assertEquals(
                "{\"type\":\"session-ended\",\"data\":{\"sessionId\":7}}",
                wire.format(new Notice.SessionEnded(S, A), NOW));
    }

    @Test
    void welcomeTellsWhoYouAreTheSessionItsRulesYourStateTheServerClockAndTheNodeHoldingTheSocket() {
        var ada = new Person(A, "Ada Lovelace", "Analyst", null);
        var welcome = new Welcome(
                ada, S, "Speed networking", true, 180, 30, 60, 2, Outcome.Standing.IDLE, java.util.List.of());
        assertEquals(
                "{\"type\":\"welcome\",\"data\":{\"you\":{\"id\":1042,\"displayName\":\"Ada Lovelace\","
                        + "\"headline\":\"Analyst\",\"headshotUrl\":null},\"session\":{\"id\":7,"
                        + "\"name\":\"Speed networking\",\"live\":true},\"rules\":{\"meetingSeconds\":180,"
                        + "\"extensionWindowSeconds\":30,\"leaveAfterSeconds\":60,\"maxExtensions\":2},"
                        + "\"state\":\"idle\",\"serverTime\":\"" + NOW_WIRE + "\",\"node\":\"node-a\"}}",
                wire.welcome(welcome, NOW, "node-a"));
    }

    @Test
    void pongCarriesTheServerClock() {
        assertEquals("{\"type\":\"pong\",\"data\":{\"serverTime\":\"" + NOW_WIRE + "\"}}", wire.pong(NOW));
    }

    @Test
    void errorCarriesItsCodeMessageAndTheRefusedMessagesId() {
        assertEquals(
                "{\"type\":\"error\",\"id\":\"c-3\",\"data\":{\"code\":\"not-your-partner\",\"message\":\"No.\","
                        + "\"ref\":\"c-3\"}}",
                new EnvelopeCodec().error(ErrorCode.NOT_YOUR_PARTNER, "No.", "c-3"));
    }
}
