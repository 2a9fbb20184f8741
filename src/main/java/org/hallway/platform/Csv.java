package org.hallway.platform;

import java.util.List;

/**
 * The one CSV writer of every download (matches, survey results, registrations, analytics): one line
 * (RFC 4180) per row, a cell quoted only when it holds a comma, quote or line break. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe; numbers are written as
 * numbers, negative ones included. Pure.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> cells) {
        var out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** One cell, defused and quoted as needed; {@code null} is an empty cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
