package org.hallway.networking.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallway.platform.WireNames;

/** The matches list as CSV (safe to open in a spreadsheet) and as vCards, with the viewer's private notes. */
public final class MatchesExport {

    private MatchesExport() {
    }

    public static String csv(List<Matches.Match> matches) {
        var out = new StringBuilder(
                "Name,Headline,Met at (UTC),Ended at (UTC),Extended,Connection,E-mail,Link,My note\r\n");
        for (Matches.Match m : matches) {
            out.append(String.join(",", cell(m.partner().displayName()), cell(m.partner().headline()),
                    cell(text(m.startedAt())), cell(text(m.endedAt())), cell(m.extended() ? "yes" : "no"),
                    cell(WireNames.of(m.connection())), cell(m.email()), cell(m.link()), cell(m.note())))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** One vCard per person met (the latest meeting counts). */
    public static String vcard(List<Matches.Match> matches, String eventName) {
        Map<Long, Matches.Match> byPerson = new LinkedHashMap<>();
        for (Matches.Match m : matches) {
            byPerson.put(m.partner().id(), m);
        }
        var out = new StringBuilder();
        for (Matches.Match m : byPerson.values()) {
            out.append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
            out.append("FN:").append(vtext(m.partner().displayName())).append("\r\n");
            if (m.partner().headline() != null) {
                out.append("TITLE:").append(vtext(m.partner().headline())).append("\r\n");
            }
            if (m.email() != null) {
                out.append("EMAIL:").append(vtext(m.email())).append("\r\n");
            }
            if (m.link() != null) {
                out.append("URL:").append(vtext(m.link())).append("\r\n");
            }
            out.append("NOTE:").append(vtext("Met at " + eventName + " on " + text(m.startedAt())
                    + (m.connection() == org.hallway.networking.entity.ConnectionState.CONNECTED ? " (connected)" : "")
                    + (m.note() == null ? "" : ". " + m.note()))).append("\r\n");
            out.append("END:VCARD\r\n");
        }
        return out.toString();
    }

    /**
     * A quoted CSV cell. A cell a spreadsheet would read as a formula (starting with =, +, -, @,
     * tab or carriage return) gets a leading apostrophe.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** vCard text value: backslash, comma, semicolon and line breaks escaped. */
    static String vtext(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
