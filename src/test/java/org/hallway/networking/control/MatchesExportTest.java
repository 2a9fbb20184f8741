package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hallway.account.control.Person;
import org.junit.jupiter.api.Test;

class MatchesExportTest {

    @Test
    void theCsvListsEachMatchWithItsConnection() {
        var match = new Matches.Match(
                1,
                new Person(2, "=Grace", "Compiler pioneer", null),
                "g@x.test",
                Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-23T10:03:00Z"),
                true,
                org.hallway.networking.entity.ConnectionState.CONNECTED,
                "Wrote the first compiler",
                "https://example.org/grace",
                "Talked about \"nanoseconds\"");
        String csv = MatchesExport.csv(List.of(match));
        assertTrue(
                csv.startsWith("Name,Headline,Met at (UTC),Ended at (UTC),Extended,Connection,E-mail,Link,My note\r\n"),
                csv);
        assertTrue(
                csv.contains("\r\n'=Grace,Compiler pioneer,2026-11-23T10:00:00Z,2026-11-23T10:03:00Z,"
                        + "yes,connected,g@x.test,https://example.org/grace,\"Talked about \"\"nanoseconds\"\"\"\r\n"),
                csv);
        assertEquals(180, match.seconds());
        assertEquals("3 min", match.getLength());
    }

    @Test
    void vcardsEscapeTextAndListEachPersonOnce() {
        var p = new Person(2, "Grace; Hopper", null, null);
        var m1 = new Matches.Match(
                1,
                p,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                false,
                org.hallway.networking.entity.ConnectionState.NONE,
                null,
                null,
                null);
        var m2 = new Matches.Match(
                3,
                p,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                false,
                org.hallway.networking.entity.ConnectionState.NONE,
                null,
                null,
                null);
        String vcf = MatchesExport.vcard(List.of(m1, m2), "Demo");
        assertEquals(1, vcf.split("BEGIN:VCARD").length - 1);
        assertTrue(vcf.contains("FN:Grace\\; Hopper"));
    }

    @Test
    void aVcardCarriesTheLinkAndThePrivateNote() {
        var m = new Matches.Match(
                1,
                new Person(2, "Grace", null, null),
                null,
                Instant.EPOCH,
                Instant.ofEpochSecond(95),
                false,
                org.hallway.networking.entity.ConnectionState.NONE,
                null,
                "https://example.org/g",
                "Vintage cameras, call in May");
        String vcf = MatchesExport.vcard(List.of(m), "Demo");
        assertTrue(vcf.contains("URL:https://example.org/g\r\n"), vcf);
        assertTrue(vcf.contains("NOTE:Met at Demo on 1970-01-01T00:00:00Z. Vintage cameras\\, call in May\r\n"), vcf);
        assertEquals("1 min 35 s", m.getLength());
    }

    @Test
    void aLongNoteStaysOnOneLineWithItsSemicolonsEscaped() {
        String note = "Vintage cameras; call in May about the darkroom, the lenses and the Leica M3 she restores";
        var m = new Matches.Match(
                1,
                new Person(2, "Grace", null, null),
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                false,
                org.hallway.networking.entity.ConnectionState.NONE,
                null,
                null,
                note);
        String vcf = MatchesExport.vcard(List.of(m), "The Hallway Demo Summit of the Year");
        assertTrue(vcf.contains("Vintage cameras\\; call in May about the darkroom\\, the lenses"), vcf);
        assertTrue(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace\r\n"), vcf);
        assertTrue(vcf.endsWith("END:VCARD\r\n"), vcf);
        assertEquals("", MatchesExport.vcard(List.of(), "Demo"));
    }
}
