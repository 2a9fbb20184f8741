package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals(
                "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
                Csv.line(List.of("plain", "a, b", "say \"hi\"", "two\nlines")));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'+1,'-2,'@SUM(A1),'\tx,'=1+1\r\n", Csv.line(List.of("+1", "-2", "@SUM(A1)", "\tx", "=1+1")));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'=1,2\"\r\n", Csv.line(List.of("=1,2")));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("\"Ada, Countess\"", Csv.cell("Ada, Countess"));
    }

    @Test
    void numbersStayNumbersNegativeOnesIncludedAndNullIsEmpty() {
        assertEquals("-3,2.5,,0\r\n", Csv.line(Arrays.asList(-3, 2.5, null, 0L)));
    }
}
