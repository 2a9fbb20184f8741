package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hallway.account.control.Person;
import org.junit.jupiter.api.Test;

class MatchesExportTest {

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", MatchesExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", MatchesExport.cell("+1"));
        assertEquals("\"'-1\"", MatchesExport.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", MatchesExport.cell("@SUM(A1)"));
        assertEquals("\"Ada, Countess\"", MatchesExport.cell("Ada, Countess"));
    }

    @Test
    void theCsvListsEachMatchWithItsConnection() {
        var match = new Matches.Match(1, new Person(2, "=Grace", "Compiler pioneer", null), "g@x.test",
                Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:03:00Z"), true,
                org.hallway.networking.entity.ConnectionState.CONNECTED);
        String csv = MatchesExport.csv(List.of(match));
        assertTrue(csv.contains("\"'=Grace\",\"Compiler pioneer\",\"2026-11-23T10:00:00Z\""), csv);
        assertTrue(csv.contains("\"yes\",\"connected\",\"g@x.test\""), csv);
    }

    @Test
    void vcardsEscapeTextAndListEachPersonOnce() {
        var p = new Person(2, "Grace; Hopper", null, null);
        var m1 = new Matches.Match(1, p, null, Instant.EPOCH, Instant.EPOCH, false, org.hallway.networking.entity.ConnectionState.NONE);
        var m2 = new Matches.Match(3, p, null, Instant.EPOCH, Instant.EPOCH, false, org.hallway.networking.entity.ConnectionState.NONE);
        String vcf = MatchesExport.vcard(List.of(m1, m2), "Demo");
        assertEquals(1, vcf.split("BEGIN:VCARD").length - 1);
        assertTrue(vcf.contains("FN:Grace\\; Hopper"));
    }
}
