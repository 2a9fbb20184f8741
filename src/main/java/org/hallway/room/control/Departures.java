package org.hallway.room.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who left a room's channel with no socket of theirs still in it, and when they count as gone:
 * after {@link #GRACE} without coming back (a reload or a short network drop is not leaving).
 * Time is passed in, so it is tested without waiting.
 */
public final class Departures {

    public static final Duration GRACE = Duration.ofMinutes(2);

    /** A person in a room. */
    public record Key(long sessionId, long accountId) {}

    private final Map<Key, Long> gone = new ConcurrentHashMap<>();

    /** The person's last socket left the room's channel at {@code nowMillis}. */
    public void left(Key key, long nowMillis) {
        gone.putIfAbsent(key, nowMillis + GRACE.toMillis());
    }

    /** A socket of theirs is back in the channel: they never left. */
    public void back(Key key) {
        gone.remove(key);
    }

    /** Whether the person left and the grace period is running. */
    public boolean leaving(Key key) {
        return gone.containsKey(key);
    }

    /** Those gone for the whole grace period by {@code nowMillis}; each is returned once. */
    public List<Key> due(long nowMillis) {
        List<Key> due = gone.entrySet().stream()
                .filter(e -> e.getValue() <= nowMillis)
                .map(Map.Entry::getKey)
                .toList();
        due.forEach(k -> gone.remove(k));
        return due;
    }
}
