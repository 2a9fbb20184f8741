package org.hallway.myagenda.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finding sessions on an agenda as attendees do on a phone: words searched in the title, the
 * speakers and the description (every word must occur, case and accents ignored), filters by track
 * (or room), type and "only my agenda"; and what is on now and what comes next. Pure.
 */
public final class AgendaSearch {

    /** A session as far as finding it goes; times local to the event. */
    public record Item(
            long id,
            String name,
            String speakers,
            String description,
            String track,
            String type,
            String state,
            LocalDateTime startsAt,
            LocalDateTime endsAt) {}

    /**
     * What the attendee asked for; blank or null parts ask nothing.
     *
     * @param type a session type's name (SESSION, STAGE, NETWORKING)
     */
    public record Criteria(String words, String track, String type, boolean onlyMine) {

        public boolean any() {
            return !blank(words) || !blank(track) || !blank(type) || onlyMine;
        }
    }

    /** The sessions on now (started, not ended) and those starting next (all at the same, soonest time). */
    public record NowAndNext(List<Item> now, List<Item> next) {}

    private AgendaSearch() {}

    /** The items that match, by start time then track. */
    public static List<Item> matching(List<Item> items, Criteria criteria, Set<Long> mine) {
        List<String> words = blank(criteria.words())
                ? List.of()
                : Arrays.stream(fold(criteria.words()).split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        return items.stream()
                .filter(i -> blank(criteria.track()) || criteria.track().equals(i.track()))
                .filter(i -> blank(criteria.type()) || criteria.type().equals(i.type()))
                .filter(i -> !criteria.onlyMine() || mine.contains(i.id()))
                .filter(i -> {
                    String text = fold(String.join(
                            " ", nullToEmpty(i.name()), nullToEmpty(i.speakers()), nullToEmpty(i.description())));
                    return words.stream().allMatch(text::contains);
                })
                .sorted(Comparator.comparing(Item::startsAt).thenComparing(Item::track))
                .toList();
    }

    /**
     * On the event's days only (in its zone): what runs at {@code now} (a session ended early by its
     * organiser is not on) and what starts next; both empty on any other day.
     */
    public static NowAndNext at(List<Item> items, LocalDateTime now, LocalDate firstDay, LocalDate lastDay) {
        LocalDate today = now.toLocalDate();
        if (today.isBefore(firstDay) || today.isAfter(lastDay)) {
            return new NowAndNext(List.of(), List.of());
        }
        Comparator<Item> order = Comparator.comparing(Item::startsAt).thenComparing(Item::track);
        List<Item> on = items.stream()
                .filter(i -> !"ENDED".equals(i.state()))
                .filter(i -> "LIVE".equals(i.state())
                        || !i.startsAt().isAfter(now) && i.endsAt().isAfter(now))
                .sorted(order)
                .toList();
        Optional<LocalDateTime> soonest = items.stream()
                .map(Item::startsAt)
                .filter(start -> start.isAfter(now) && !start.toLocalDate().isAfter(lastDay))
                .min(Comparator.naturalOrder());
        List<Item> next = soonest.map(start -> items.stream()
                        .filter(i -> i.startsAt().equals(start) && !"LIVE".equals(i.state()))
                        .sorted(order)
                        .toList())
                .orElse(List.of());
        return new NowAndNext(on, next);
    }

    /** Lower case without accents, so "Dijkstra" finds "dijkstra" and "Gödel" finds "godel". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
