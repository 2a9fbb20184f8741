package org.hallway.stage.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.hallway.realtime.control.Outlet;
import org.hallway.stage.control.RelayState;

/**
 * The relay's connection to Janus's WebSocket API (the JDK's client): sends one frame after the
 * other, and hands each of Janus's messages to the browser, noting the ids of the sessions and
 * handles the browser created.
 */
final class Upstream implements WebSocket.Listener {

    private static final System.Logger LOG = System.getLogger(Upstream.class.getName());
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Outlet browser;
    private final RelayState state = new RelayState();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket janus;
    private CompletableFuture<WebSocket> sending;
    private volatile boolean closing;

    private Upstream(Outlet browser) {
        this.browser = browser;
    }

    static Upstream open(URI janusWebSocket, Outlet browser) {
        Upstream upstream = new Upstream(browser);
        try {
            upstream.janus = CLIENT.newWebSocketBuilder()
                    .subprotocols("janus-protocol")
                    .connectTimeout(Duration.ofSeconds(3))
                    .buildAsync(janusWebSocket, upstream)
                    .get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no connection to " + janusWebSocket, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        upstream.sending = CompletableFuture.completedFuture(upstream.janus);
        return upstream;
    }

    RelayState state() {
        return state;
    }

    /** Queues one frame behind the ones before it (the JDK client sends one at a time). */
    synchronized void send(String text) {
        sending = sending.thenCompose(ws -> ws.sendText(text, true)).exceptionally(e -> {
            LOG.log(Level.DEBUG, "Sending to Janus failed", e);
            return janus;
        });
    }

    void close() {
        closing = true;
        janus.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        janus.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            learn(text);
            browser.send(text);
        }
        webSocket.request(1);
        return null;
    }

    /** Notes the session or handle id of an answer to the browser's create or attach. */
    private void learn(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject message = reader.readObject();
            if (message.get("transaction") instanceof JsonString transaction
                    && message.get("janus") instanceof JsonString janus) {
                Long id = message.get("data") instanceof JsonObject data && data.get("id") instanceof JsonNumber n
                        ? n.longValue()
                        : null;
                synchronized (state) {
                    state.answered(transaction.getString(), janus.getString(), id);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Janus sent what is not a JSON object", e);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            browser.close(1011, "The stage's media server closed the connection.");
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            LOG.log(Level.INFO, "The connection to Janus failed: {0}", error.toString());
            browser.close(1011, "The stage's media server failed.");
        }
    }
}
