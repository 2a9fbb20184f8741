package org.hallway.myagenda.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which kept sessions overlap in time: shown to the attendee, never refused (one may leave a talk
 * early for the next). Sessions that only touch (one ends when the next starts) do not clash.
 */
public final class Clashes {

    /** A session as far as clashes go. */
    public record Slot(long id, String name, LocalDateTime startsAt, LocalDateTime endsAt) {}

    private Clashes() {}

    /** For each slot that clashes with any other, the names of those it clashes with, by start. */
    public static Map<Long, List<String>> among(List<Slot> slots) {
        List<Slot> byStart = new ArrayList<>(slots);
        byStart.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::id));
        Map<Long, List<String>> clashes = new LinkedHashMap<>();
        for (int i = 0; i < byStart.size(); i++) {
            Slot a = byStart.get(i);
            for (int j = i + 1; j < byStart.size() && byStart.get(j).startsAt().isBefore(a.endsAt()); j++) {
                Slot b = byStart.get(j);
                clashes.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(b.name());
                clashes.computeIfAbsent(b.id(), id -> new ArrayList<>()).add(a.name());
            }
        }
        return clashes;
    }
}
