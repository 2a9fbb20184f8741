package org.hallway.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV writer of every download (matches, survey results, registrations, analytics): one
 * line per row in RFC 4180 (Apache Commons CSV), a cell quoted when it needs to be. Text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe first, which no CSV library does for us; numbers are written as
 * numbers, negative ones included. Pure.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {}

    public static String line(List<?> cells) {
        var out = new StringBuilder();
        try {
            FORMAT.printRecord(out, cells.stream().map(Csv::defused).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** One cell, defused and quoted as needed; {@code null} is an empty cell. */
    public static String cell(Object value) {
        Object defused = defused(value);
        if (defused == null || defused.toString().isEmpty()) {
            return ""; // alone on a line Commons CSV would write "" (an empty line would be no record)
        }
        var out = new StringBuilder();
        try {
            FORMAT.print(defused, out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object defused(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
