package org.hallway.chat.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code messages} per {@code windowMillis} per person and channel: a sliding window of the
 * times of the accepted messages. Time is passed in (the server clock). Kept in this node's memory;
 * a person's sockets for one event normally reach one node.
 */
public final class RateLimit {

    private record Key(long accountId, ChatChannel channel) {}

    private final int messages;
    private final long windowMillis;
    private final Map<Key, Deque<Long>> sent = new ConcurrentHashMap<>();

    public RateLimit(int messages, long windowMillis) {
        if (messages < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("A rate limit needs at least one message in a positive window");
        }
        this.messages = messages;
        this.windowMillis = windowMillis;
    }

    /** Counts a message at {@code now} if the window has room; false (nothing counted) when it is full. */
    public boolean tryAcquire(long accountId, ChatChannel channel, long now) {
        if (sent.size() > 50_000) {
            forgetIdle(now);
        }
        Deque<Long> times = sent.computeIfAbsent(new Key(accountId, channel), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= messages) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Drops the windows with nothing in them any more, so memory follows the active senders. */
    public void forgetIdle(long now) {
        sent.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Long last = e.getValue().peekLast();
                return last == null || last <= now - windowMillis;
            }
        });
    }

    int tracked() {
        return sent.size();
    }
}
