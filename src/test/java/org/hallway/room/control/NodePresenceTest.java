package org.hallway.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.hallway.room.control.NodePresence.Report;
import org.junit.jupiter.api.Test;

/** A room's people across nodes: this node's own and the other live nodes' latest reports, merged. */
class NodePresenceTest {

    private static final long SILENT = NodePresence.SILENT_AFTER.toMillis();
    private final NodePresence presence = new NodePresence();

    private static Report room(String node, long room, Long... people) {
        return new Report(node, false, Map.of(room, Set.of(people)));
    }

    @Test
    void aRoomCountsThePeopleOnEveryNode() {
        presence.heard(room("b", 7, 10L, 11L), 0);
        presence.heard(room("c", 7, 12L), 0);

        assertEquals(5, presence.count(7, Set.of(1L, 2L), 100));
        assertEquals(2, presence.count(8, Set.of(1L, 2L), 100), "another room: only this node's");
    }

    @Test
    void someoneWithTabsOnTwoNodesCountsOnce() {
        presence.heard(room("b", 7, 1L, 10L), 0);

        assertEquals(3, presence.count(7, Set.of(1L, 2L), 0));
    }

    @Test
    void aNodesLatestReportReplacesItsEarlierOneForThatRoomOnly() {
        presence.heard(new Report("b", false, Map.of(7L, Set.of(10L, 11L), 8L, Set.of(20L))), 0);

        assertEquals(Set.of(7L), presence.heard(room("b", 7, 10L), 500));
        assertEquals(1, presence.count(7, Set.of(), 500));
        assertEquals(1, presence.count(8, Set.of(), 500));
        assertEquals(Set.of(7L), presence.heard(room("b", 7), 600), "empty now");
        assertEquals(0, presence.count(7, Set.of(), 600));
        assertEquals(Set.of(), presence.heard(room("b", 8, 20L), 700), "unchanged");
    }

    @Test
    void aFullReportEmptiesTheRoomsItLeavesOut() {
        presence.heard(new Report("b", false, Map.of(7L, Set.of(10L), 8L, Set.of(20L))), 0);

        assertEquals(Set.of(7L), presence.heard(new Report("b", true, Map.of(8L, Set.of(20L))), 1_000));
        assertEquals(0, presence.count(7, Set.of(), 1_000));
        assertEquals(1, presence.count(8, Set.of(), 1_000));
    }

    @Test
    void aSilentNodeNoLongerCountsAndIsForgottenWithThePeopleItHad() {
        presence.heard(room("b", 7, 10L, 11L), 0);
        presence.heard(room("c", 7, 12L), SILENT - 1_000);

        assertEquals(3, presence.count(7, Set.of(), SILENT - 1));
        assertEquals(1, presence.count(7, Set.of(), SILENT), "b is silent: its people no longer count");
        assertFalse(presence.presentElsewhere(7, 10, SILENT));

        assertEquals(Map.of(7L, Set.of(10L, 11L)), presence.expire(SILENT));
        assertEquals(1, presence.nodes());
        assertEquals(Map.of(), presence.expire(SILENT), "each node's loss is answered once");
    }

    @Test
    void reportingKeepsANodeAlive() {
        presence.heard(room("b", 7, 10L), 0);
        presence.heard(new Report("b", true, Map.of(7L, Set.of(10L))), SILENT - 1);

        assertEquals(Map.of(), presence.expire(SILENT + 1_000));
        assertTrue(presence.presentElsewhere(7, 10, SILENT + 1_000));
    }

    @Test
    void someoneIsInARoomElsewhereOnlyWhereALiveNodeSaysSo() {
        presence.heard(room("b", 7, 10L), 0);

        assertTrue(presence.presentElsewhere(7, 10, 0));
        assertFalse(presence.presentElsewhere(7, 11, 0));
        assertFalse(presence.presentElsewhere(8, 10, 0));
    }

    @Test
    void aReportCrossesTheWireUnchanged() {
        var report = new Report("node-1", true, Map.of(7L, Set.of(10L, 11L), 8L, Set.of()));

        assertEquals(report, NodePresence.parse(NodePresence.format(report)));
        assertEquals("n\nr\n7:10", NodePresence.format(room("n", 7, 10L)));
    }

    @Test
    void somethingElseOnTheTopicIsRefused() {
        for (String text : new String[] {"", "n", "n\nx", "\nr", "n\nr\n7", "n\nr\nx:1", "n\nr\n7:1,y"}) {
            assertThrows(IllegalArgumentException.class, () -> NodePresence.parse(text), text);
        }
    }
}
