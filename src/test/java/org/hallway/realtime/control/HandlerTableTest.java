package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandlerTableTest {

    record Handler(Set<MessageType> types, List<Envelope> seen) implements MessageHandler<Caller> {

        Handler(MessageType... types) {
            this(Set.of(types), new ArrayList<>());
        }

        @Override
        public void handle(Request<Caller> request) {
            seen.add(request.message());
        }
    }

    record Gate(Channel.Kind kind) implements ChannelGate {
        @Override
        public void admit(Caller caller, long id) {}
    }

    static final Caller ADA = new Caller(10, 1, "s1", false);

    @Test
    void everyTypeGoesToTheHandlerThatClaimedIt() {
        var layer = new Handler(MessageType.SUBSCRIBE, MessageType.PING);
        var networking = new Handler(MessageType.READY);
        var table = new HandlerTable<>(List.of(layer, networking));
        table.dispatch(ADA, Envelope.of(MessageType.PING, null));
        table.dispatch(ADA, Envelope.of(MessageType.READY, null));
        assertEquals(MessageType.PING, layer.seen().get(0).type());
        assertEquals(MessageType.READY, networking.seen().get(0).type());
        assertEquals(1, layer.seen().size());
    }

    @Test
    void aTypeNobodyHandlesIsRefusedAsUnknownWithTheMessagesId() {
        var table = new HandlerTable<>(List.of(new Handler(MessageType.PING)));
        var refused = assertThrows(
                ProtocolError.class, () -> table.dispatch(ADA, new Envelope(MessageType.LEAVE, "c9", null, null)));
        assertEquals(ErrorCode.UNKNOWN_TYPE, refused.code());
        assertEquals("c9", refused.ref());
    }

    @Test
    void aTypeClaimedTwiceFailsTheTable() {
        var failure = assertThrows(
                IllegalStateException.class,
                () -> HandlerTable.<Caller>table(
                        List.of(new Handler(MessageType.PING, MessageType.READY), new Handler(MessageType.READY))));
        assertTrue(failure.getMessage().contains("ready"), failure.getMessage());
    }

    @Test
    void aTypeOnlyTheServerSendsCannotBeClaimed() {
        assertThrows(
                IllegalStateException.class,
                () -> HandlerTable.<Caller>table(List.of(new Handler(MessageType.MATCHED))));
    }

    @Test
    void theLayersOwnTypesAreOneHandlers() {
        Map<MessageType, MessageHandler<Caller>> table = HandlerTable.<Caller>table(List.of(new Subscriptions()));
        assertEquals(Set.of(MessageType.SUBSCRIBE, MessageType.UNSUBSCRIBE, MessageType.PING), table.keySet());
    }

    @Test
    void everyChannelKindHasAtMostOneGate() {
        var lobby = new LobbyGate();
        var table = ChannelGates.table(List.of(lobby, new AccountGate()));
        assertSame(lobby, table.get(Channel.Kind.LOBBY));
        assertThrows(
                IllegalStateException.class, () -> ChannelGates.table(List.of(lobby, new Gate(Channel.Kind.LOBBY))));
    }

    @Test
    void aKindWithoutAGateAdmitsNobody() {
        var gates = new ChannelGates(List.of(new LobbyGate()));
        gates.admit(ADA, Channel.of(Channel.Kind.LOBBY, 1));
        var refused = assertThrows(Refused.class, () -> gates.admit(ADA, Channel.of(Channel.Kind.CONVERSATION, 5)));
        assertEquals(Refusal.NOT_ADMITTED, refused.refusal());
    }

    @Test
    void theLobbyAdmitsOnlyTheCallersEventAndTheAccountChannelOnlyItsAccount() {
        new LobbyGate().admit(ADA, 1);
        assertEquals(
                Refusal.NOT_ADMITTED,
                assertThrows(Refused.class, () -> new LobbyGate().admit(ADA, 2)).refusal());
        new AccountGate().admit(ADA, 10);
        assertEquals(
                Refusal.NOT_ADMITTED,
                assertThrows(Refused.class, () -> new AccountGate().admit(ADA, 11))
                        .refusal());
        var organiser = new Caller(99, 1, "s2", true);
        assertThrows(Refused.class, () -> new AccountGate().admit(organiser, 10), "organisers too");
    }
}
