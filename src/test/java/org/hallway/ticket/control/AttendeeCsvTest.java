package org.hallway.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendeeCsvTest {

    private final AttendeeCsv csv = new AttendeeCsv(Map.of("general", 7L, "sponsor", 8L));

    @Test
    void readsRowsWithNormalisedEmailsAndTicketTypesByNameIgnoringCase() {
        var parsed = csv.parse("email,displayName,ticketType\r\n Ada@Example.org ,Ada Lovelace,General\r\n"
                + "grace@example.org,Grace Hopper,SPONSOR\r\n");
        assertEquals(2, parsed.rows().size());
        assertTrue(parsed.problems().isEmpty());
        var ada = parsed.rows().get(0);
        assertEquals(new AttendeeRow(2, "ada@example.org", "Ada Lovelace", 7L, null), ada);
        assertEquals(8L, parsed.rows().get(1).ticketTypeId());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        var parsed = csv.parse("email,displayName,ticketType,password\n"
                + "a@example.org,\"Lovelace, Ada \"\"the first\"\"\",General,secret-password\n"
                + "b@example.org,\"Two\nLines\",General,\n"
                + "c@example.org,Carol,General,\n");
        assertEquals("Lovelace, Ada \"the first\"", parsed.rows().get(0).displayName());
        assertEquals("secret-password", parsed.rows().get(0).password());
        assertEquals(1, parsed.problems().size(), "a name with a line break is refused");
        assertEquals(3, parsed.problems().get(0).line());
        assertEquals(5, parsed.rows().get(1).line(), "line numbers count physical lines");
        assertNull(parsed.rows().get(1).password(), "an empty password means none");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndTheOthersStay() {
        var parsed = csv.parse("""
                email,displayName,ticketType,password
                not-an-email,Nobody,General,
                x@example.org,%s,General,
                y@example.org,Yves,Platinum,
                z@example.org,Zoe,General,short
                w@example.org,Wanda
                ok@example.org,Okay,General,
                OK@example.org,Okay again,General,
                v@example.org,,General,
                """.formatted("n".repeat(81)));
        assertEquals(1, parsed.rows().size());
        assertEquals("ok@example.org", parsed.rows().get(0).email());
        var lines = parsed.problems().stream().map(RowProblem::line).toList();
        assertEquals(java.util.List.of(2, 3, 4, 5, 6, 8, 9), lines);
        assertTrue(parsed.problems().get(2).message().contains("Platinum"));
        assertTrue(parsed.problems().get(5).message().contains("line 7"));
    }

    @Test
    void aFileWithoutTheHeaderOrWithTooManyRowsIsUnreadable() {
        assertThrows(AttendeeCsv.Unreadable.class, () -> csv.parse(""));
        assertThrows(AttendeeCsv.Unreadable.class, () -> csv.parse("a@example.org,Ada,General\n"));
        assertThrows(AttendeeCsv.Unreadable.class, () -> csv.parse("email,name,type\n"));
        String many = "email,displayName,ticketType\n" + "a@example.org,A,General\n".repeat(AttendeeCsv.MAX_ROWS + 1);
        assertThrows(AttendeeCsv.Unreadable.class, () -> csv.parse(many));
    }

    @Test
    void anUnclosedQuoteIsAProblemNotACrash() {
        var parsed = csv.parse("email,displayName,ticketType\na@example.org,\"Ada,General\n");
        assertTrue(parsed.rows().isEmpty());
        assertEquals(2, parsed.problems().get(0).line());
    }

    @Test
    void blankLinesAreSkippedButStillCountedInLineNumbers() {
        var parsed = csv.parse("\uFEFFemail,displayName,ticketType\r\n\r\na@example.org,Ada,General\r\n\r\n\r\n"
                + "b@example.org,Bob,Nope\r\n");
        assertEquals(1, parsed.rows().size());
        assertEquals(3, parsed.rows().get(0).line());
        assertEquals(6, parsed.problems().get(0).line());
    }
}
