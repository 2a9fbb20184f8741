package org.hallway.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A WebSocket client for tests (the networking socket and the event socket) (JDK HttpClient): logs in through a {@link WebClient}'s
 * cookies, collects every message it receives, and waits for a message of a type with a timeout.
 */
public final class TestSocket implements WebSocket.Listener {

    private final List<JsonObject> received = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile Consumer<JsonObject> onMessage = m -> {};
    private final Object sendLock = new Object();
    private WebSocket socket;
    private int seen;

    private TestSocket() {}

    /** Opens {@code ws/networking/{sessionId}} with the cookies of {@code web} (null: none) and an optional Origin. */
    public static TestSocket open(WebClient web, String base, long sessionId, String origin) throws Exception {
        var client = TestSocket.connect(web, base, sessionId, origin);
        return client;
    }

    public static TestSocket open(WebClient web, long sessionId) throws Exception {
        return connect(web, web.base(), sessionId, null);
    }

    /** Opens with a reaction to every message already in place, so not even the first one is missed. */
    public static TestSocket open(WebClient web, long sessionId, Consumer<JsonObject> reaction) throws Exception {
        return connect(web, web.base(), sessionId, null, reaction);
    }

    /** Opens the event socket {@code ws/events/{slug}} with the cookies of {@code web} (null: none) and an optional Origin. */
    public static TestSocket event(WebClient web, String base, String slug, String origin) throws Exception {
        return connect(web, base, "ws/events/" + slug, origin, m -> {});
    }

    public static TestSocket event(WebClient web, String slug) throws Exception {
        return event(web, web.base(), slug, null);
    }

    private static TestSocket connect(WebClient web, String base, long sessionId, String origin) throws Exception {
        return connect(web, base, sessionId, origin, m -> {});
    }

    private static TestSocket connect(
            WebClient web, String base, long sessionId, String origin, Consumer<JsonObject> reaction) throws Exception {
        return connect(web, base, "ws/networking/" + sessionId, origin, reaction);
    }

    private static TestSocket connect(
            WebClient web, String base, String path, String origin, Consumer<JsonObject> reaction) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (web != null) {
            http.cookieHandler(web.cookies());
        }
        var test = new TestSocket();
        test.onMessage = reaction;
        var builder = http.build().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        URI uri = URI.create(base.replaceFirst("^http", "ws") + path);
        try {
            test.socket = builder.buildAsync(uri, test).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        return test;
    }

    /** Reacts to every message as it arrives (on the client's thread; do not block in it). */
    public void onMessage(Consumer<JsonObject> reaction) {
        this.onMessage = reaction;
    }

    public void send(String text) {
        synchronized (sendLock) {
            sendNow(text);
        }
    }

    private void sendNow(String text) {
        try {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    public void send(String type, String data) {
        send("{\"type\":\"" + type + "\"" + (data == null ? "" : ",\"data\":" + data) + "}");
    }

    /** The next message of {@code type} not yet awaited (messages of other types are skipped over). */
    public JsonObject await(String type) throws InterruptedException {
        return await(type, m -> true, Duration.ofSeconds(10));
    }

    public JsonObject await(String type, Duration timeout) throws InterruptedException {
        return await(type, m -> true, timeout);
    }

    /** Waits for the next not-yet-awaited message of {@code type} (null: any type) matching {@code test}. */
    public synchronized JsonObject await(String type, Predicate<JsonObject> test, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = seen; i < received.size(); i++) {
                JsonObject m = received.get(i);
                if ((type == null || type.equals(m.getString("type", null))) && test.test(m)) {
                    seen = i + 1;
                    return m;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No '" + type + "' within " + timeout + "; received "
                        + received.subList(Math.max(0, seen), received.size()));
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /**
     * A ping and its pong: once it returns, the server has handled every message this socket sent
     * before, and everything it queued for this socket before has arrived (one ordered queue per
     * socket). Awaiting the pong skips over earlier messages of other types, as {@link #await} does.
     */
    public void roundTrip() throws InterruptedException {
        send("ping", null);
        await("pong");
    }

    /** Every message received so far. */
    public synchronized List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** Messages of a type received so far. */
    public synchronized List<JsonObject> all(String type) {
        return received.stream()
                .filter(m -> type.equals(m.getString("type", null)))
                .toList();
    }

    /** The close code the server sent, waiting up to {@code timeout}. */
    public int closeCode(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message =
                    Json.createReader(new StringReader(partial.toString())).readObject();
            partial.setLength(0);
            synchronized (this) {
                received.add(message);
                notifyAll();
            }
            onMessage.accept(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        synchronized (this) {
            notifyAll();
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }
}
