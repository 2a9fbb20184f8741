package org.hallway.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void theNetworkingTableShowsRatesAsPercentagesAndNothingWhereNothingCanBeDivided() {
        var figures = new NetworkingFigures(
                7, "Speed networking", 4, 2, 1, 1, 3, 120L, 90L, 1, 2, 1, 1500L, 4000L, 2, 1, 3, 13 / 3.0);
        List<Object> row = Tables.networking(List.of(figures)).rows().get(0);
        assertEquals(
                List.of("Speed networking", 4L, 2L, 1L, 1L, 120L, 90L, 33.3, 66.7, 50.0, 1.5, 4.0, 50.0, 4.33, 3L),
                row);
        var empty = new NetworkingFigures(8, "Quiet", 0, 0, 0, 0, 0, null, null, 0, 0, 0, null, null, 0, 0, 0, null);
        assertNull(empty.extensionRate());
        assertNull(empty.acceptanceRate());
        assertNull(Tables.networking(List.of(empty)).rows().get(0).get(7));
    }

    @Test
    void theCsvOfATableHasItsHeaderThenItsRows() {
        var figures = new EventFigures(
                3,
                List.of(
                        new EventFigures.Registrations(LocalDate.of(2026, 11, 1), "General", 2),
                        new EventFigures.Registrations(LocalDate.of(2026, 11, 2), "=Sponsor", 1)),
                List.of("General"),
                2,
                1,
                2);
        assertEquals(
                "Day,Ticket type,Registrations\r\n2026-11-01,General,2\r\n2026-11-02,'=Sponsor,1\r\n",
                Tables.registrations(figures).csv());
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Table.Builder("t", "T").column("a").row(1, 2));
    }
}
