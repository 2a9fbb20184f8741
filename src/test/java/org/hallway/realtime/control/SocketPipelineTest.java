package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one pipeline every socket's frames go through, against a socket that records what it was sent. */
class SocketPipelineTest {

    /** A socket: what it was sent, how many refusals it counted, and a rate that can run out. */
    static final class Recorded implements Connection<String> {
        final List<String> sent = new ArrayList<>();
        int refusals;
        boolean withinRate = true;

        @Override
        public String sender() {
            return "ada";
        }

        @Override
        public void send(String frame) {
            sent.add(frame);
        }

        @Override
        public boolean admit(long now) {
            return withinRate;
        }

        @Override
        public void refused(long now) {
            refusals++;
        }

        String code(int i) {
            return Json.createReader(new StringReader(sent.get(i)))
                    .readObject()
                    .getJsonObject("data")
                    .getString("code");
        }
    }

    /** Handles ping as told: throws what {@code thrown} holds, or refuses later when {@code later}. */
    final class Ping implements MessageHandler<String> {
        final List<Request<String>> seen = new ArrayList<>();
        RuntimeException thrown;
        boolean later;

        @Override
        public Set<MessageType> types() {
            return Set.of(MessageType.PING);
        }

        @Override
        public void handle(Request<String> request) {
            seen.add(request);
            if (thrown != null) {
                throw thrown;
            }
            if (later) {
                request.refuse(new Refused(Refusal.NOT_IN_MEETING));
            }
        }
    }

    final Ping ping = new Ping();
    final List<String> handled = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    final Recorded socket = new Recorded();
    final SocketPipeline<String> pipeline = new SocketPipeline<>(
            "test",
            new HandlerTable<>(List.of(ping)),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
            new SocketPipeline.Settling<>() {
                @Override
                public void handled(Connection<String> connection, Envelope request) {
                    handled.add(request.id());
                }

                @Override
                public void failed(Connection<String> connection, String ref) {
                    failed.add(ref);
                }
            });

    @Test
    void aMessageReachesItsHandlerWithTheSenderAndTheFrameAsReceived() {
        String frame = "{\"type\":\"ping\",\"id\":\"p1\"}";
        pipeline.receive(socket, frame);
        assertEquals("ada", ping.seen.get(0).sender());
        assertEquals(frame, ping.seen.get(0).frame());
        assertEquals(List.of("p1"), handled);
        assertTrue(socket.sent.isEmpty(), socket.sent::toString);
    }

    @Test
    void overTheRateOrTooLargeIsRefusedBeforeParsingAndCounted() {
        socket.withinRate = false;
        pipeline.receive(socket, "{\"type\":\"ping\"}");
        socket.withinRate = true;
        pipeline.receive(socket, "{\"type\":\"ping\",\"x\":\"" + "a".repeat(EnvelopeCodec.MAX_BYTES) + "\"}");
        assertEquals("rate-limited", socket.code(0));
        assertEquals("too-large", socket.code(1));
        assertEquals(2, socket.refusals);
        assertTrue(ping.seen.isEmpty());
    }

    @Test
    void malformedAndUnknownTypesAreRefusedWithTheirCodes() {
        pipeline.receive(socket, "not json");
        pipeline.receive(socket, "{\"type\":\"leave\",\"id\":\"l1\"}");
        assertEquals("malformed", socket.code(0));
        assertEquals("unknown-type", socket.code(1));
        assertTrue(socket.sent.get(1).contains("\"ref\":\"l1\""), socket.sent.get(1));
    }

    @Test
    void aRefusalEvenWrappedByAnInterceptorBecomesItsCodeWithTheMessagesId() {
        ping.thrown = new IllegalStateException("interceptor", new Refused(Refusal.NOT_IN_MEETING));
        pipeline.receive(socket, "{\"type\":\"ping\",\"id\":\"p2\"}");
        assertEquals("not-in-meeting", socket.code(0));
        assertTrue(socket.sent.get(0).contains("\"ref\":\"p2\""), socket.sent.get(0));
        assertEquals(List.of("p2"), failed);
        assertEquals(1, socket.refusals);
    }

    @Test
    void anythingElseIsAnsweredFailedAndNotCountedAsARefusal() {
        ping.thrown = new IllegalStateException("a bug");
        pipeline.receive(socket, "{\"type\":\"ping\",\"id\":\"p3\"}");
        assertEquals("failed", socket.code(0));
        assertEquals(0, socket.refusals);
    }

    @Test
    void aLaterRefusalGoesToTheSameSocketWithTheMessagesId() {
        ping.later = true;
        pipeline.receive(socket, "{\"type\":\"ping\",\"id\":\"p4\"}");
        assertEquals("not-in-meeting", socket.code(0));
        assertTrue(socket.sent.get(0).contains("\"ref\":\"p4\""), socket.sent.get(0));
        assertEquals(1, socket.refusals);
    }
}
