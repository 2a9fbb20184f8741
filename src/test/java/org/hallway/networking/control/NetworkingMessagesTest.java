package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.EnumSet;
import java.util.List;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.ErrorCode;
import org.hallway.realtime.control.HandlerTable;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.ProtocolError;
import org.junit.jupiter.api.Test;

class NetworkingMessagesTest {

    @Test
    void theNetworkingSocketHandlesExactlyTheClientTypesItsProtocolLists() {
        var messages = new NetworkingMessages();
        messages.build();
        assertEquals(
                EnumSet.of(
                        MessageType.READY,
                        MessageType.UNREADY,
                        MessageType.SIGNAL,
                        MessageType.MEDIA_FLOWING,
                        MessageType.EXTEND,
                        MessageType.DECLINE_EXTENSION,
                        MessageType.CONNECT,
                        MessageType.LEAVE,
                        MessageType.BLOCK,
                        MessageType.REPORT,
                        MessageType.RATE,
                        MessageType.PING),
                messages.types());
    }

    @Test
    void theEventSocketsTypesAreUnknownHere() {
        var messages = new NetworkingMessages();
        messages.build();
        var refused = assertThrows(
                ProtocolError.class,
                () -> new HandlerTable<>(List.of(messages))
                        .dispatch(
                                new NetworkingMessages.Sender(1, 2, null, null),
                                new Envelope(MessageType.SUBSCRIBE, "s1", null, null)));
        assertEquals(ErrorCode.UNKNOWN_TYPE, refused.code());
        assertEquals("s1", refused.ref());
    }

    @Test
    void mediaFlowingNamesTheSelectedRouteOrNoneAndAnUnknownRouteIsMalformed() {
        assertEquals(
                MediaRoute.RELAY,
                NetworkingMessages.route(mediaFlowing(Json.createObjectBuilder().add("route", "relay"))));
        assertEquals(
                MediaRoute.HOST,
                NetworkingMessages.route(mediaFlowing(Json.createObjectBuilder().add("route", "host"))));
        assertNull(NetworkingMessages.route(new Envelope(MessageType.MEDIA_FLOWING, "m0", null, null)));
        var unknown = assertThrows(
                ProtocolError.class,
                () -> NetworkingMessages.route(
                        mediaFlowing(Json.createObjectBuilder().add("route", "RELAY "))));
        assertEquals(ErrorCode.MALFORMED, unknown.code());
        assertEquals("m1", unknown.ref());
        assertEquals(
                ErrorCode.MALFORMED,
                assertThrows(
                                ProtocolError.class,
                                () -> NetworkingMessages.route(
                                        mediaFlowing(Json.createObjectBuilder().add("route", 3))))
                        .code());
    }

    private static Envelope mediaFlowing(jakarta.json.JsonObjectBuilder data) {
        return new Envelope(MessageType.MEDIA_FLOWING, "m1", null, data.build());
    }
}
