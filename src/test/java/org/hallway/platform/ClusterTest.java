package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A message published on one node reaches the topic's receivers on every node exactly once, this
 * node's at once; without a grid (WildFly, --nohazelcast) it stays on this node and still arrives.
 */
class ClusterTest {

    /** An in-memory grid: members share topics; a member does not hear its own messages from the grid. */
    static final class Grid {
        final Map<String, List<Member>> listeners = new ConcurrentHashMap<>();
        final List<Member> members = new ArrayList<>();

        Member join(String id) {
            var member = new Member(id);
            members.add(member);
            return member;
        }

        final class Member implements Cluster.Grid {
            final String id;
            final Map<String, Consumer<String>> heard = new ConcurrentHashMap<>();
            int published;
            /** While true, nothing this member publishes arrives and nothing reaches it (a split). */
            boolean cutOff;

            Member(String id) {
                this.id = id;
            }

            @Override
            public void publish(String topic, String message) {
                published++;
                for (Member other : members) {
                    if (other != this && !cutOff && !other.cutOff && other.heard.containsKey(topic)) {
                        other.heard.get(topic).accept(message);
                    }
                }
            }

            @Override
            public void listen(String topic, Consumer<String> fromOthers) {
                heard.put(topic, fromOthers);
            }

            @Override
            public int members() {
                return members.size();
            }

            @Override
            public String memberId() {
                return id;
            }

            @Override
            public void close() {
                members.remove(this);
            }
        }
    }

    @Test
    void aMessageReachesTheReceiversOfEveryNodeOnce() {
        var grid = new Grid();
        var a = new Cluster(grid.join("a"), "node1", System::nanoTime);
        var b = new Cluster(grid.join("b"), "node2", System::nanoTime);
        List<String> onA = new ArrayList<>();
        List<String> onB = new ArrayList<>();
        a.subscribe("t", onA::add);
        b.subscribe("t", onB::add);

        a.publish("t", "one");
        b.publish("t", "two");

        assertEquals(List.of("one", "two"), onA);
        assertEquals(List.of("one", "two"), onB);
        assertFalse(a.alone());
        assertEquals("node1", a.nodeId(), "the configured name, not the grid member's id");
    }

    @Test
    void aLoneMemberOfAGridDoesNotPublishToTheGrid() {
        var grid = new Grid();
        var member = grid.join("a");
        var a = new Cluster(member);
        List<String> heard = new ArrayList<>();
        a.subscribe("t", heard::add);

        a.publish("t", "one");

        assertEquals(List.of("one"), heard);
        assertEquals(0, member.published);
        assertTrue(a.alone());
    }

    @Test
    void withoutAGridMessagesStayOnThisNodeAndArrive() {
        var alone = new Cluster(null);
        List<String> heard = new ArrayList<>();
        alone.subscribe("t", heard::add);
        alone.subscribe("other", m -> heard.add("wrong topic: " + m));

        alone.publish("t", "one");

        assertEquals(List.of("one"), heard);
        assertTrue(alone.alone());
        assertEquals(alone.nodeId(), alone.nodeId());
        assertTrue(alone.nodeId().endsWith("-" + ProcessHandle.current().pid()), "derived: host and process");
    }

    @Test
    void aFailingReceiverDoesNotKeepTheOthersFromTheMessage() {
        var grid = new Grid();
        var a = new Cluster(grid.join("a"));
        var b = new Cluster(grid.join("b"));
        List<String> heard = new ArrayList<>();
        b.subscribe("t", m -> {
            throw new IllegalStateException("broken receiver");
        });
        b.subscribe("t", heard::add);

        a.publish("t", "one");

        assertEquals(List.of("one"), heard);
    }

    @Test
    void aNodeNotHeardForThreeSecondsIsUnreachableAndReachableAgainOnceHeard() {
        var grid = new Grid();
        long[] now = {0};
        var a = new Cluster(grid.join("a"), "node1", () -> now[0]);
        var b = new Cluster(grid.join("b"), "node2", () -> now[0]);
        a.listenForBeats();
        b.listenForBeats();
        assertTrue(a.reachable("node2"), "a node just joined gives the others time to be heard");
        for (int second = 1; second <= 5; second++) {
            now[0] = second * 1_000_000_000L;
            a.beat();
            b.beat();
        }
        assertTrue(a.reachable("node2"));
        assertTrue(a.reachable("node1"), "itself, always");

        grid.members.get(1).cutOff = true; // the grid splits: messages between them are lost
        for (int second = 6; second <= 8; second++) {
            now[0] = second * 1_000_000_000L;
            a.beat();
            b.beat();
        }
        assertTrue(!a.reachable("node2") && !b.reachable("node1"), "3 s without a heartbeat, each way");
        assertTrue(a.reachable("node1"));

        grid.members.get(1).cutOff = false; // healed
        now[0] = 9_000_000_000L;
        a.beat();
        b.beat();
        assertTrue(a.reachable("node2") && b.reachable("node1"));
        assertTrue(new Cluster(null).reachable("anyone"), "without a grid every node is this one");
    }

    @Test
    void aNodeHeardAgainAfterTenSilentSecondsIsAHealedSplitButARestartedOneIsNot() {
        long[] now = {0};
        var here = new Cluster(new Grid().join("a"), "node1", () -> now[0]);
        assertFalse(here.heard("node2 run-1"), "first contact");
        now[0] = 3_000_000_000L;
        assertFalse(here.heard("node2 run-1"), "a short gap loses nothing: the grid's connection bridged it");
        now[0] = 14_000_000_000L;
        assertTrue(here.heard("node2 run-1"), "the same run after 11 silent seconds: a split healed");
        now[0] = 30_000_000_000L;
        assertFalse(here.heard("node2 run-2"), "a new run: node2 restarted, its sockets reconnected anyway");
        now[0] = 45_000_000_000L;
        assertFalse(here.heard("node1 " + "any"), "never itself");
    }

    @Test
    void onlyTheGridClassNamesHazelcast() throws java.io.IOException {
        List<String> naming = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (java.nio.file.Files.readString(file).contains("com.hazelcast")
                        && !file.endsWith(java.nio.file.Path.of("platform", "HazelcastGrid.java"))) {
                    naming.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), naming, "Hazelcast's types stay in platform.HazelcastGrid, which WildFly never loads");
    }
}
