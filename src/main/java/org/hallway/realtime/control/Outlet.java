package org.hallway.realtime.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;

/**
 * One attendee's socket, seen from the sending side: text goes out asynchronously, one frame at a
 * time, through a small bounded queue, so a slow socket never blocks the thread that sends to it.
 * A socket that falls {@value #MAX_QUEUED} messages behind is closed (1013, try again later).
 */
public final class Outlet {

    public static final int MAX_QUEUED = 256;
    /** Close codes of our own (docs/protocol.md). */
    public static final int REPLACED = 4001;
    /** The attendee's ticket was revoked: reconnecting is refused (403). */
    public static final int REVOKED = 4003;
    /** The account has as many sockets of this kind open on this node as it may (hallway.ws.max-sockets-per-account). */
    public static final int TOO_MANY_SOCKETS = 4008;

    public static final int TOO_SLOW = 1013;
    /** Service restart: reconnect at once (a split of the data grid healed: catch up what was missed). */
    public static final int RESYNC = 1012;

    private static final System.Logger LOG = System.getLogger(Outlet.class.getName());

    /** The context class loader while a frame is handed to the container (see {@link #transmit}). */
    static final ClassLoader NO_RESOURCES = new ClassLoader(null) {
        @Override
        public java.net.URL getResource(String name) {
            return null;
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) {
            return java.util.Collections.emptyEnumeration();
        }
    };

    private final Session socket;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private boolean held;

    public Outlet(Session socket) {
        this.socket = socket;
    }

    /** An outlet that queues but sends nothing until {@link #open(List)}: the greeting goes first. */
    public static Outlet held(Session socket) {
        var outlet = new Outlet(socket);
        outlet.held = true;
        return outlet;
    }

    /** Puts {@code first} ahead of anything queued meanwhile and starts sending. */
    public void open(java.util.List<String> first) {
        synchronized (this) {
            for (int i = first.size() - 1; i >= 0; i--) {
                queue.addFirst(first.get(i));
            }
            held = false;
        }
        flush();
    }

    /** Queues and starts sending. */
    public void send(String text) {
        if (enqueue(text)) {
            flush();
        }
    }

    /**
     * Queues without sending yet (see {@link #flush}): lets a batch reach several sockets' queues
     * before any of them goes out. False when the socket is closed or was closed for falling behind.
     */
    public boolean enqueue(String text) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() < MAX_QUEUED) {
                queue.addLast(text);
                return true;
            }
        }
        close(TOO_SLOW, "Too slow: messages piled up.");
        return false;
    }

    /** Starts sending what is queued, unless a send is under way (it goes on by itself). */
    public void flush() {
        String text;
        synchronized (this) {
            if (sending || closed || held || queue.isEmpty()) {
                return;
            }
            sending = true;
            text = queue.pollFirst();
        }
        transmit(text);
    }

    private void transmit(String text) {
        // Every send makes Tyrus reschedule the socket's idle timeout. platform.WebSocketTimers gives
        // the container timers of its own at start-up; where it could not (it logs so), that task goes
        // to the managed scheduled executor, and Payara captures context for it by looking up
        // META-INF/services through the thread's context class loader: with the application's
        // loader, a walk over every server jar under one monitor per jar (docs/performance.md). During
        // the send the thread's context class loader is one that holds no resources, so that lookup
        // would find nothing at once.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(NO_RESOURCES);
        try {
            socket.getAsyncRemote().sendText(text, result -> {
                if (!result.isOK()) {
                    LOG.log(Level.DEBUG, "Send failed; closing", result.getException());
                    close(CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode(), "Send failed.");
                    return;
                }
                sendNext();
            });
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Send refused; closing", e);
            close(CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode(), "Send failed.");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void sendNext() {
        String text;
        synchronized (this) {
            text = closed ? null : queue.pollFirst();
            if (text == null) {
                sending = false;
                return;
            }
        }
        transmit(text);
    }

    /** Closes the socket with a code and reason; later sends are dropped. */
    public void close(int code, String reason) {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        try {
            if (socket.isOpen()) {
                socket.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.DEBUG, "Closing a socket failed", e);
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
