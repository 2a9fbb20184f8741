package org.hallway.networking.control;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.platform.Csv;
import org.hallway.platform.WireNames;

/** The matches list as CSV (safe to open in a spreadsheet) and as vCards, with the viewer's private notes. */
public final class MatchesExport {

    private MatchesExport() {}

    public static String csv(List<Matches.Match> matches) {
        var out = new StringBuilder(Csv.line(List.of(
                "Name",
                "Headline",
                "Met at (UTC)",
                "Ended at (UTC)",
                "Extended",
                "Connection",
                "E-mail",
                "Link",
                "My note")));
        for (Matches.Match m : matches) {
            out.append(Csv.line(Arrays.asList(
                    m.partner().displayName(),
                    m.partner().headline(),
                    text(m.startedAt()),
                    text(m.endedAt()),
                    m.extended() ? "yes" : "no",
                    WireNames.of(m.connection()),
                    m.email(),
                    m.link(),
                    m.note())));
        }
        return out.toString();
    }

    /** One vCard (4.0, ez-vcard, lines not folded) per person met (the latest meeting counts). */
    public static String vcard(List<Matches.Match> matches, String eventName) {
        Map<Long, Matches.Match> byPerson = new LinkedHashMap<>();
        for (Matches.Match m : matches) {
            byPerson.put(m.partner().id(), m);
        }
        List<VCard> cards = new ArrayList<>();
        for (Matches.Match m : byPerson.values()) {
            var card = new VCard();
            card.setFormattedName(m.partner().displayName());
            if (m.partner().headline() != null) {
                card.addTitle(m.partner().headline());
            }
            if (m.email() != null) {
                card.addEmail(m.email());
            }
            if (m.link() != null) {
                card.addUrl(m.link());
            }
            card.addNote("Met at " + eventName + " on " + text(m.startedAt())
                    + (m.connection() == ConnectionState.CONNECTED ? " (connected)" : "")
                    + (m.note() == null ? "" : ". " + m.note()));
            cards.add(card);
        }
        return cards.isEmpty()
                ? ""
                : Ezvcard.write(cards)
                        .version(VCardVersion.V4_0)
                        .prodId(false)
                        .foldLines(false)
                        .go(); // unfolded, as before: a note is found by a plain text search
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
