package org.hallway.room.control;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is in which room on the other nodes, from the reports each node publishes about its own
 * sockets: a room's present accounts when they changed (at the presence pace, at most once a
 * second per room) and all its rooms every {@link #REPORT_EVERY}. A node silent for
 * {@link #SILENT_AFTER} (stopped, killed, cut off) is forgotten. Merged with this node's own
 * presence it answers a room's count across nodes (distinct people: someone with tabs on two nodes
 * counts once) and whether someone is still in a room elsewhere. Time is passed in; pure.
 */
public final class NodePresence {

    public static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    public static final Duration SILENT_AFTER = Duration.ofSeconds(15);

    /** A node's report: {@code full} lists all its rooms (a room left out is empty there). */
    public record Report(String node, boolean full, Map<Long, Set<Long>> rooms) {

        public Report {
            rooms = Map.copyOf(rooms);
        }
    }

    private static final class Node {
        long heardAt;
        final Map<Long, Set<Long>> rooms = new HashMap<>();
    }

    private final long silentAfter = SILENT_AFTER.toMillis();
    private final Map<String, Node> nodes = new HashMap<>();

    /** Takes another node's report heard at {@code nowMillis}; answers the rooms whose people there changed. */
    public synchronized Set<Long> heard(Report report, long nowMillis) {
        Node node = nodes.computeIfAbsent(report.node(), n -> new Node());
        node.heardAt = nowMillis;
        Set<Long> changed = new HashSet<>();
        if (report.full()) {
            for (Iterator<Map.Entry<Long, Set<Long>>> it = node.rooms.entrySet().iterator(); it.hasNext(); ) {
                var room = it.next();
                if (!report.rooms().containsKey(room.getKey())) {
                    it.remove();
                    changed.add(room.getKey());
                }
            }
        }
        report.rooms().forEach((room, people) -> {
            Set<Long> before = people.isEmpty() ? node.rooms.remove(room) : node.rooms.put(room, Set.copyOf(people));
            if (!people.equals(before == null ? Set.of() : before)) {
                changed.add(room);
            }
        });
        return changed;
    }

    /** The people in the room on every live node: {@code here} (this node's) and the others' latest. */
    public synchronized int count(long room, Set<Long> here, long nowMillis) {
        Set<Long> all = null;
        for (Node node : nodes.values()) {
            Set<Long> there = live(node, nowMillis) ? node.rooms.get(room) : null;
            if (there != null) {
                if (all == null) {
                    all = new HashSet<>(here);
                }
                all.addAll(there);
            }
        }
        return all == null ? here.size() : all.size();
    }

    /** Whether the account is in the room on another live node. */
    public synchronized boolean presentElsewhere(long room, long accountId, long nowMillis) {
        for (Node node : nodes.values()) {
            if (live(node, nowMillis) && node.rooms.getOrDefault(room, Set.of()).contains(accountId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forgets the nodes silent for {@link #SILENT_AFTER} by {@code nowMillis}; answers, per room they
     * had people in, those people (by room id), so this node can count them again and see them out.
     */
    public synchronized Map<Long, Set<Long>> expire(long nowMillis) {
        Map<Long, Set<Long>> lost = new TreeMap<>();
        for (Iterator<Node> it = nodes.values().iterator(); it.hasNext(); ) {
            Node node = it.next();
            if (!live(node, nowMillis)) {
                it.remove();
                node.rooms.forEach((room, people) ->
                        lost.computeIfAbsent(room, r -> new HashSet<>()).addAll(people));
            }
        }
        return lost;
    }

    /** How many other nodes it remembers. */
    public synchronized int nodes() {
        return nodes.size();
    }

    private boolean live(Node node, long nowMillis) {
        return nowMillis - node.heardAt < silentAfter;
    }

    // ------------------------------------------------------------------ on the wire

    /** {@code <node>\n<f|r>\n<room>:<account>,<account>…} one room a line (a room with nobody: {@code <room>:}). */
    public static String format(Report report) {
        var text = new StringBuilder(report.node()).append('\n').append(report.full() ? 'f' : 'r');
        new TreeMap<>(report.rooms()).forEach((room, people) -> {
            text.append('\n').append(room).append(':');
            boolean first = true;
            for (long id : people) {
                text.append(first ? "" : ",").append(id);
                first = false;
            }
        });
        return text.toString();
    }

    /** The report {@link #format} wrote; {@link IllegalArgumentException} for anything else. */
    public static Report parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || lines[0].isEmpty() || !(lines[1].equals("f") || lines[1].equals("r"))) {
            throw new IllegalArgumentException("Not a presence report");
        }
        Map<Long, Set<Long>> rooms = new LinkedHashMap<>();
        try {
            for (int i = 2; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                Set<Long> people = new HashSet<>();
                String ids = lines[i].substring(colon + 1);
                if (!ids.isEmpty()) {
                    for (String id : ids.split(",")) {
                        people.add(Long.parseLong(id));
                    }
                }
                rooms.put(Long.parseLong(lines[i].substring(0, colon)), people);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a presence report", e);
        }
        return new Report(lines[0], lines[1].equals("f"), rooms);
    }
}
