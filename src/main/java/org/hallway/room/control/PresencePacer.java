package org.hallway.room.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a room's live count ({@code presence}) goes out: at once when the room's previous count
 * went out at least {@link #INTERVAL} ago, else once that interval has passed, with the count as
 * it is then. Every count goes to everyone in the room, so one count per join would cost a room
 * filling up to N people N²/2 frames (12.5 million for 5,000, which ran a 2 GiB server out of
 * memory); paced, it costs at most one count per room and second. Remembers only the rooms whose
 * count changed within the last interval. Time is passed in, so it is tested without waiting.
 */
public final class PresencePacer {

    public static final Duration INTERVAL = Duration.ofSeconds(1);

    private final long interval = INTERVAL.toMillis();
    /** Room (session id) → when its last count went out. */
    private final Map<Long, Long> sent = new HashMap<>();
    /** Rooms whose count changed since it last went out. */
    private final Set<Long> held = new HashSet<>();

    /** The room's count changed at {@code nowMillis}; true when it goes out now (and is recorded as sent). */
    public synchronized boolean changed(long sessionId, long nowMillis) {
        Long last = sent.get(sessionId);
        if (last == null || nowMillis - last >= interval) {
            sent.put(sessionId, nowMillis);
            held.remove(sessionId);
            return true;
        }
        held.add(sessionId);
        return false;
    }

    /**
     * The rooms whose held-back count is due at {@code nowMillis}, each once (recorded as sent);
     * rooms quiet for a whole interval are forgotten.
     */
    public synchronized List<Long> due(long nowMillis) {
        List<Long> due = new ArrayList<>();
        for (Iterator<Long> rooms = held.iterator(); rooms.hasNext(); ) {
            long room = rooms.next();
            if (nowMillis - sent.get(room) >= interval) {
                rooms.remove();
                sent.put(room, nowMillis);
                due.add(room);
            }
        }
        sent.entrySet().removeIf(e -> !held.contains(e.getKey()) && nowMillis - e.getValue() >= interval);
        return due;
    }

    /** How many rooms it remembers (bounded by the rooms that changed within the last interval). */
    public synchronized int remembered() {
        return sent.size();
    }
}
