package org.hallway.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaGridTest {

    record Talk(String name, String track, LocalDateTime start) implements Serializable {}

    static final LocalDate DAY1 = LocalDate.of(2025, 3, 3);
    static final LocalDate DAY2 = DAY1.plusDays(1);

    static Talk talk(String name, String track, LocalDate day, int hour, int minute) {
        return new Talk(name, track, day.atTime(hour, minute));
    }

    static AgendaGrid<Talk> grid(List<Talk> talks, LocalDate first, LocalDate last) {
        return AgendaGrid.of(talks, Talk::start, Talk::track, first, last);
    }

    static List<String> names(List<Talk> cell) {
        return cell.stream().map(Talk::name).toList();
    }

    @Test
    void parallelSessionsShareARowInTheirTracksColumns() {
        var g = grid(List.of(talk("b1", "Track B", DAY1, 10, 0), talk("a1", "Track A", DAY1, 10, 0)), DAY1, DAY1);
        assertEquals(List.of("Track A", "Track B"), g.getTracks());
        var rows = g.getDays().get(0).getRows();
        assertEquals(1, rows.size());
        assertEquals(List.of("a1"), names(rows.get(0).getCells().get(0)));
        assertEquals(List.of("b1"), names(rows.get(0).getCells().get(1)));
    }

    @Test
    void rowsAreTheDistinctStartTimesInOrderWithEmptyCellsWhereATrackHasNothing() {
        var g = grid(
                List.of(
                        talk("late", "Track A", DAY1, 11, 15),
                        talk("early", "Track A", DAY1, 10, 0),
                        talk("mid", "Track B", DAY1, 10, 30)),
                DAY1,
                DAY1);
        var rows = g.getDays().get(0).getRows();
        assertEquals(
                List.of(DAY1.atTime(10, 0), DAY1.atTime(10, 30), DAY1.atTime(11, 15)),
                rows.stream().map(AgendaGrid.Row::getStartsAt).toList());
        assertEquals(List.of("early"), names(rows.get(0).getCells().get(0)));
        assertTrue(rows.get(0).getCells().get(1).isEmpty());
        assertTrue(rows.get(1).getCells().get(0).isEmpty());
        assertEquals(List.of("mid"), names(rows.get(1).getCells().get(1)));
    }

    @Test
    void tracksAreOrderedByTheirFirstSessionAndEveryRowHasACellPerTrack() {
        var g = grid(
                List.of(talk("z", "Zeta", DAY1, 9, 0), talk("a", "Alpha", DAY1, 11, 0), talk("m", "Main", DAY1, 10, 0)),
                DAY1,
                DAY1);
        assertEquals(List.of("Zeta", "Main", "Alpha"), g.getTracks());
        g.getDays()
                .get(0)
                .getRows()
                .forEach(row -> assertEquals(3, row.getCells().size()));
    }

    @Test
    void everyEventDayGetsATableEvenWhenEmptyAndSessionsGoToTheirOwnDay() {
        var g = grid(List.of(talk("second", "Track A", DAY2, 9, 0)), DAY1, DAY2);
        assertEquals(
                List.of(DAY1, DAY2),
                g.getDays().stream().map(AgendaGrid.Day::getDate).toList());
        assertTrue(g.getDays().get(0).isEmpty());
        assertEquals(
                List.of("second"),
                names(g.getDays().get(1).getRows().get(0).getCells().get(0)));
    }

    @Test
    void aSessionOutsideTheEventDaysIsStillShownOnItsDay() {
        var g = grid(List.of(talk("stray", "Track A", DAY2, 9, 0)), DAY1, DAY1);
        assertEquals(
                List.of(DAY1, DAY2),
                g.getDays().stream().map(AgendaGrid.Day::getDate).toList());
    }

    @Test
    void twoSessionsOfOneTrackAtTheSameTimeShareTheCell() {
        var g = grid(List.of(talk("x", "Track A", DAY1, 9, 0), talk("y", "Track A", DAY1, 9, 0)), DAY1, DAY1);
        assertEquals(2, g.getDays().get(0).getRows().get(0).getCells().get(0).size());
    }

    @Test
    void noSessionsGivesEmptyDaysAndNoTracks() {
        var g = grid(List.of(), DAY1, DAY2);
        assertTrue(g.getTracks().isEmpty());
        assertEquals(2, g.getDays().size());
        assertTrue(g.getDays().stream().allMatch(AgendaGrid.Day::isEmpty));
    }

    @Test
    void theGridSerializesSoAViewScopedPageCanHoldIt() throws IOException {
        var g = grid(List.of(talk("a", "Track A", DAY1, 9, 0)), DAY1, DAY1);
        try (var out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(g);
        }
    }
}
