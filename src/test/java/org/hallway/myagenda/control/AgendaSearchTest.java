package org.hallway.myagenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgendaSearchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static AgendaSearch.Item item(
            long id, String name, String speakers, String track, String type, String state, int from, int to) {
        return new AgendaSearch.Item(
                id,
                name,
                speakers,
                "A talk about " + name.toLowerCase() + ".",
                track,
                type,
                state,
                DAY.atTime(from, 0),
                DAY.atTime(to, 0));
    }

    private static final List<AgendaSearch.Item> AGENDA = List.of(
            item(3, "Compilers for everyone", "Grace Hopper", "Track B", "SESSION", "SCHEDULED", 11, 12),
            item(1, "Opening keynote", "Ada Lovelace", "Main stage", "STAGE", "ENDED", 9, 10),
            item(2, "Engines of analysis", "Ada Lovelace", "Track A", "SESSION", "SCHEDULED", 10, 11),
            item(4, "Speed networking", "", "Networking", "NETWORKING", "LIVE", 0, 23),
            item(5, "Gödel and the machines", "Kurt Gödel", "Track A", "SESSION", "SCHEDULED", 11, 12));

    private static List<Long> ids(List<AgendaSearch.Item> items) {
        return items.stream().map(AgendaSearch.Item::id).toList();
    }

    @Test
    void wordsAreFoundInTitleSpeakerAndDescriptionWhateverTheirCaseOrAccents() {
        assertEquals(
                List.of(1L, 2L),
                ids(AgendaSearch.matching(AGENDA, new AgendaSearch.Criteria("ada", null, null, false), Set.of())));
        assertEquals(
                List.of(3L),
                ids(AgendaSearch.matching(
                        AGENDA, new AgendaSearch.Criteria("talk COMPILERS", null, null, false), Set.of())));
        assertEquals(
                List.of(5L),
                ids(AgendaSearch.matching(AGENDA, new AgendaSearch.Criteria("godel", null, null, false), Set.of())));
        assertEquals(
                List.of(),
                AgendaSearch.matching(AGENDA, new AgendaSearch.Criteria("ada compilers", null, null, false), Set.of()));
    }

    @Test
    void filtersByTrackTypeAndOnlyMyAgendaCombine() {
        assertEquals(
                List.of(2L, 5L),
                ids(AgendaSearch.matching(AGENDA, new AgendaSearch.Criteria("", "Track A", null, false), Set.of())));
        assertEquals(
                List.of(4L),
                ids(AgendaSearch.matching(
                        AGENDA, new AgendaSearch.Criteria(null, null, "NETWORKING", false), Set.of())));
        assertEquals(
                List.of(1L),
                ids(AgendaSearch.matching(AGENDA, new AgendaSearch.Criteria(null, null, "STAGE", false), Set.of())));
        assertEquals(
                List.of(3L),
                ids(AgendaSearch.matching(
                        AGENDA, new AgendaSearch.Criteria(null, null, "SESSION", true), Set.of(1L, 3L))));
        assertFalse(new AgendaSearch.Criteria(" ", "", null, false).any());
        assertTrue(new AgendaSearch.Criteria(null, null, null, true).any());
    }

    @Test
    void nowIsWhatRunsAndNextIsEverythingStartingAtTheSoonestLaterTime() {
        var at = AgendaSearch.at(AGENDA, DAY.atTime(10, 30), DAY, DAY);
        assertEquals(List.of(4L, 2L), ids(at.now()));
        assertEquals(List.of(5L, 3L), ids(at.next()), "by start, then track");
    }

    @Test
    void aSessionEndedEarlyIsNotOnNow() {
        var at = AgendaSearch.at(AGENDA, DAY.atTime(9, 30), DAY, DAY);
        assertEquals(List.of(4L), ids(at.now()));
        assertEquals(List.of(2L), ids(at.next()));
    }

    @Test
    void outsideTheEventsDaysThereIsNoNowNorNext() {
        var before = AgendaSearch.at(AGENDA, DAY.minusDays(1).atTime(10, 30), DAY, DAY);
        assertTrue(before.now().isEmpty() && before.next().isEmpty());
        var after = AgendaSearch.at(AGENDA, DAY.plusDays(1).atTime(10, 30), DAY, DAY);
        assertTrue(after.now().isEmpty() && after.next().isEmpty());
    }
}
