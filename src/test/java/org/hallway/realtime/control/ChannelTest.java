package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @Test
    void everyKindReadsBackFromItsWireForm() {
        for (Channel.Kind kind : Channel.Kind.values()) {
            Channel channel = Channel.of(kind, 42);
            assertEquals(channel, Channel.parse(channel.wire()));
        }
        assertEquals(new Channel(Channel.Kind.SESSION, 42), Channel.parse("session:42"));
        assertEquals("conversation:7", Channel.of(Channel.Kind.CONVERSATION, 7).wire());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "session",
                "session:",
                ":42",
                "Session:42",
                "SESSION:42",
                "session:-1",
                "session:0",
                "session: 42",
                "session:42 ",
                " session:42",
                "session:4x",
                "session:42:1",
                "room:42",
                "lobby:1e3",
                "session:1234567890123456789",
                "session:٤٢"
            })
    void anythingElseIsNoChannel(String wire) {
        assertThrows(IllegalArgumentException.class, () -> Channel.parse(wire));
    }
}
