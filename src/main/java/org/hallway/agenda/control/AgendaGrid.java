package org.hallway.agenda.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Lays sessions out as attendees read an agenda of parallel sessions: one table per day, the
 * tracks as columns and the distinct start times as rows, each cell holding the sessions of that
 * track starting at that time. Pure: works on any item given how to read its start and track.
 *
 * @param <T> what a cell shows (a session's view)
 */
public final class AgendaGrid<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> tracks;
    private final List<Day<T>> days;

    private AgendaGrid(List<String> tracks, List<Day<T>> days) {
        this.tracks = tracks;
        this.days = days;
    }

    /**
     * @param items     sessions in any order
     * @param firstDay  the event's first day: every event day gets a table, even an empty one
     * @param lastDay   the event's last day; sessions outside the event's days still get their day
     */
    public static <T extends Serializable> AgendaGrid<T> of(
            List<T> items,
            Function<T, LocalDateTime> start,
            Function<T, String> track,
            LocalDate firstDay,
            LocalDate lastDay) {
        // Columns in the order tracks first appear in time, the same on every day.
        List<T> byTime = new ArrayList<>(items);
        byTime.sort((a, b) -> {
            int c = start.apply(a).compareTo(start.apply(b));
            return c != 0 ? c : track.apply(a).compareTo(track.apply(b));
        });
        var trackOrder = new LinkedHashSet<String>();
        byTime.forEach(item -> trackOrder.add(track.apply(item)));
        List<String> tracks = List.copyOf(trackOrder);

        var dates = new TreeSet<LocalDate>();
        for (LocalDate d = firstDay; d != null && lastDay != null && !d.isAfter(lastDay); d = d.plusDays(1)) {
            dates.add(d);
        }
        // by day, then start time, then track
        SortedMap<LocalDate, SortedMap<LocalDateTime, Map<String, List<T>>>> cells = new TreeMap<>();
        for (T item : byTime) {
            LocalDateTime at = start.apply(item);
            dates.add(at.toLocalDate());
            cells.computeIfAbsent(at.toLocalDate(), d -> new TreeMap<>())
                    .computeIfAbsent(at, t -> new TreeMap<>())
                    .computeIfAbsent(track.apply(item), t -> new ArrayList<>())
                    .add(item);
        }
        List<Day<T>> days = new ArrayList<>();
        for (LocalDate date : dates) {
            List<Row<T>> rows = new ArrayList<>();
            cells.getOrDefault(date, new TreeMap<>()).forEach((at, byTrack) -> {
                List<List<T>> row = new ArrayList<>();
                for (String t : tracks) {
                    row.add(List.copyOf(byTrack.getOrDefault(t, List.of())));
                }
                rows.add(new Row<>(at, row));
            });
            days.add(new Day<>(date, rows));
        }
        return new AgendaGrid<>(tracks, List.copyOf(days));
    }

    /** The columns, in the order the tracks first appear in time. */
    public List<String> getTracks() {
        return tracks;
    }

    public List<Day<T>> getDays() {
        return days;
    }

    /** One day of the agenda: its rows in time order. */
    public static final class Day<T extends Serializable> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private final List<Row<T>> rows;

        Day(LocalDate date, List<Row<T>> rows) {
            this.date = date;
            this.rows = List.copyOf(rows);
        }

        public LocalDate getDate() {
            return date;
        }

        public List<Row<T>> getRows() {
            return rows;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** The sessions starting at one time: one cell per track, in the grid's track order. */
    public static final class Row<T extends Serializable> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDateTime startsAt;
        private final List<List<T>> cells;

        Row(LocalDateTime startsAt, List<List<T>> cells) {
            this.startsAt = startsAt;
            this.cells = List.copyOf(cells);
        }

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public List<List<T>> getCells() {
            return cells;
        }
    }
}
