package org.hallway.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One client WebSocket (JDK): text messages are reassembled and handed to a {@link Handler};
 * sends are queued, one frame in flight at a time (the JDK refuses overlapping sends).
 */
final class LoadSocket implements WebSocket.Listener {

    interface Handler {
        void text(String message);

        /** The socket closed; {@code byUs} when we asked for it. */
        void closed(int code, String reason, boolean byUs);

        void failed(Throwable failure);
    }

    private final Handler handler;
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private volatile WebSocket socket;
    private boolean sending;
    private volatile boolean closing;
    private volatile boolean done;

    private LoadSocket(Handler handler) {
        this.handler = handler;
    }

    static CompletableFuture<LoadSocket> open(HttpClient http, URI uri, Map<String, String> headers, Handler handler) {
        var socket = new LoadSocket(handler);
        var builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder.buildAsync(uri, socket).thenApply(ws -> {
            socket.socket = ws;
            return socket;
        });
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        this.socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        String message = null;
        if (last && partial.length() == 0) {
            message = data.toString();
        } else {
            partial.append(data);
            if (last) {
                message = partial.toString();
                partial.setLength(0);
            }
        }
        if (message != null) {
            try {
                handler.text(message);
            } catch (RuntimeException e) {
                handler.failed(e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        done = true;
        handler.closed(statusCode, reason, closing);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!done && !closing) {
            done = true;
            handler.failed(error);
        }
    }

    void send(String text) {
        synchronized (this) {
            if (done) {
                return;
            }
            if (sending) {
                queue.addLast(text);
                return;
            }
            sending = true;
        }
        transmit(text);
    }

    private void transmit(String text) {
        socket.sendText(text, true).whenComplete((ws, failure) -> {
            if (failure != null) {
                synchronized (this) {
                    queue.clear();
                    sending = false;
                }
                if (!closing && !done) {
                    handler.failed(failure);
                }
                return;
            }
            String next;
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            transmit(next);
        });
    }

    void close() {
        closing = true;
        if (socket != null && !done) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
    }

    /** Drops the connection without a close handshake (used after a close that was not answered). */
    void abort() {
        closing = true;
        if (socket != null) {
            socket.abort();
        }
    }

    boolean isOpen() {
        return !done;
    }
}
