package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    final EnvelopeCodec codec = new EnvelopeCodec();

    ProtocolError refused(String text) {
        return assertThrows(ProtocolError.class, () -> codec.parse(text));
    }

    @Test
    void malformedJsonIsRefusedAsMalformed() {
        assertEquals(ErrorCode.MALFORMED, refused("{\"type\": \"ready\"").code());
        assertEquals(ErrorCode.MALFORMED, refused("not json at all").code());
        assertEquals(ErrorCode.MALFORMED, refused("").code());
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsMalformed() {
        assertEquals(ErrorCode.MALFORMED, refused("[1,2,3]").code());
        assertEquals(ErrorCode.MALFORMED, refused("\"ready\"").code());
        assertEquals(ErrorCode.MALFORMED, refused("42").code());
    }

    @Test
    void fieldsOfTheWrongTypeAreMalformedAndEchoTheId() {
        var e = refused("{\"type\": 7, \"id\": \"c-1\"}");
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("c-1", e.ref());
        assertEquals(
                ErrorCode.MALFORMED,
                refused("{\"type\": \"ready\", \"data\": [1]}").code());
        assertEquals(
                ErrorCode.MALFORMED, refused("{\"type\": \"ready\", \"id\": 5}").code());
        assertEquals(
                ErrorCode.MALFORMED,
                refused("{\"type\": \"ready\", \"id\": \"" + "x".repeat(65) + "\"}")
                        .code());
    }

    @Test
    void anUnknownTypeIsRefusedWithItsId() {
        var e = refused("{\"type\": \"hello\", \"id\": \"c-9\"}");
        assertEquals(ErrorCode.UNKNOWN_TYPE, e.code());
        assertEquals("c-9", e.ref());
        assertTrue(e.getMessage().contains("hello"));
    }

    @Test
    void aServerOnlyTypeFromAClientIsUnknown() {
        assertEquals(ErrorCode.UNKNOWN_TYPE, refused("{\"type\": \"matched\"}").code());
        assertEquals(ErrorCode.UNKNOWN_TYPE, refused("{\"type\": \"error\"}").code());
    }

    @Test
    void aForgedFromIsIgnored() {
        Envelope e = codec.parse("{\"type\": \"signal\", \"from\": 666, \"data\": {\"sdp\": \"x\"}}");
        assertEquals(MessageType.SIGNAL, e.type());
        assertNull(e.from());
        String relayed = codec.relay(42, e.data());
        var json = Json.createReader(new StringReader(relayed)).readObject();
        assertEquals(42, json.getJsonNumber("from").longValue());
    }

    @Test
    void aRelayDropsToAndKeepsThePayload() {
        Envelope e = codec.parse("{\"type\": \"signal\", \"data\": {\"to\": 5, \"candidate\": {\"c\": 1}}}");
        assertEquals(5L, e.optionalLong("to"));
        var json = Json.createReader(new StringReader(codec.relay(9, e.data()))).readObject();
        assertFalse(json.getJsonObject("data").containsKey("to"));
        assertEquals(1, json.getJsonObject("data").getJsonObject("candidate").getInt("c"));
        assertEquals("signal", json.getString("type"));
    }

    @Test
    void aNonNumericTargetIsMalformed() {
        Envelope e = codec.parse("{\"type\": \"signal\", \"data\": {\"to\": \"5\"}}");
        assertEquals(
                ErrorCode.MALFORMED,
                assertThrows(ProtocolError.class, () -> e.optionalLong("to")).code());
        Envelope f = codec.parse("{\"type\": \"signal\", \"data\": {\"to\": 1.5}}");
        assertThrows(ProtocolError.class, () -> f.optionalLong("to"));
    }

    @Test
    void oversizeIsMeasuredInUtf8Bytes() {
        assertFalse(EnvelopeCodec.tooLarge("a".repeat(16 * 1024)));
        assertTrue(EnvelopeCodec.tooLarge("a".repeat(16 * 1024 + 1)));
        assertTrue(EnvelopeCodec.tooLarge("é".repeat(8 * 1024 + 1)), "two bytes each");
        assertFalse(EnvelopeCodec.tooLarge("é".repeat(8 * 1024)));
    }

    @Test
    void errorsCarryCodeMessageAndRef() {
        var json = Json.createReader(new StringReader(codec.error(ErrorCode.NOT_YOUR_PARTNER, "No.", "c-3")))
                .readObject();
        assertEquals("error", json.getString("type"));
        assertEquals("not-your-partner", json.getJsonObject("data").getString("code"));
        assertEquals("c-3", json.getJsonObject("data").getString("ref"));
    }

    @Test
    void everyWireNameIsUniqueAndFound() {
        for (MessageType type : MessageType.values()) {
            assertEquals(type, MessageType.ofWire(type.wire()).orElseThrow());
        }
        assertTrue(MessageType.ofWire("READY").isEmpty(), "wire names are lower-case");
    }
}
