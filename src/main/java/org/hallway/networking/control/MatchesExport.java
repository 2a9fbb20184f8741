package org.hallway.networking.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallway.platform.Csv;
import org.hallway.platform.WireNames;

/** The matches list as CSV (safe to open in a spreadsheet) and as vCards, with the viewer's private notes. */
public final class MatchesExport {

    private MatchesExport() {
    }

    public static String csv(List<Matches.Match> matches) {
        var out = new StringBuilder(Csv.line(List.of("Name", "Headline", "Met at (UTC)", "Ended at (UTC)",
                "Extended", "Connection", "E-mail", "Link", "My note")));
        for (Matches.Match m : matches) {
            out.append(Csv.line(Arrays.asList(m.partner().displayName(), m.partner().headline(),
                    text(m.startedAt()), text(m.endedAt()), m.extended() ? "yes" : "no",
                    WireNames.of(m.connection()), m.email(), m.link(), m.note())));
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

    /** vCard text value: backslash, comma, semicolon and line breaks escaped. */
    static String vtext(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
