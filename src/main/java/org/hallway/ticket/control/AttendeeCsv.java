package org.hallway.ticket.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;

/**
 * Reads an attendee import: CSV (RFC 4180 quoting) with the header
 * {@code email,displayName,ticketType[,password]}, one attendee a line. Every line is checked on
 * its own; a bad line becomes a {@link RowProblem} with its line number and never a row.
 */
public final class AttendeeCsv {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_EMAIL = 254;
    private static final List<String> HEADER = List.of("email", "displayname", "tickettype");
    /** RFC 4180 as spreadsheets write it; text after a closing quote is kept, as they do. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .get();

    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\]+\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+");

    /** The outcome: valid rows and problems, both in line order. */
    public record Parsed(List<AttendeeRow> rows, List<RowProblem> problems) {}

    /** The whole file is unusable (no header, too many rows); nothing in it is imported. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    private final Map<String, Long> ticketTypes;

    /** @param ticketTypes the event's ticket types: lower-case name to id */
    public AttendeeCsv(Map<String, Long> ticketTypes) {
        this.ticketTypes = Map.copyOf(ticketTypes);
    }

    public Parsed parse(String text) {
        List<Record> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new Unreadable("The file is empty: expected the header email,displayName,ticketType[,password].");
        }
        Record header = records.get(0);
        boolean withPassword = header.fields().size() == 4;
        List<String> names = header.fields().stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!(names.size() == 3 || names.size() == 4)
                || !names.subList(0, 3).equals(HEADER)
                || withPassword && !names.get(3).equals("password")) {
            throw new Unreadable("The first line must be the header email,displayName,ticketType[,password].");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new Unreadable("At most " + MAX_ROWS + " attendees per import; split the file.");
        }
        List<AttendeeRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : records.subList(1, records.size())) {
            String problem = check(record, header.fields().size());
            String email = record.fields().isEmpty()
                    ? ""
                    : Account.normalizeEmail(record.fields().get(0));
            if (problem == null && seen.containsKey(email)) {
                problem = "The e-mail address is already on line " + seen.get(email) + ".";
            }
            if (problem != null) {
                problems.add(new RowProblem(record.line(), printable(email), problem));
                continue;
            }
            seen.put(email, record.line());
            String password =
                    record.fields().size() == 4 && !record.fields().get(3).isEmpty()
                            ? record.fields().get(3)
                            : null;
            rows.add(new AttendeeRow(
                    record.line(),
                    email,
                    record.fields().get(1).strip(),
                    ticketTypes.get(record.fields().get(2).strip().toLowerCase(Locale.ROOT)),
                    password));
        }
        return new Parsed(rows, problems);
    }

    /** Null when the line is acceptable, else what is wrong with it. */
    private String check(Record record, int columns) {
        List<String> f = record.fields();
        if (record.unterminatedQuote()) {
            return "A quoted field is not closed.";
        }
        if (f.size() != columns) {
            return "Expected " + columns + " fields, found " + f.size() + ".";
        }
        String email = Account.normalizeEmail(f.get(0));
        if (email.isEmpty()) {
            return "The e-mail address is missing.";
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches() || hasControl(email)) {
            return "Not a valid e-mail address.";
        }
        String name = f.get(1).strip();
        if (name.isEmpty()) {
            return "The display name is missing.";
        }
        if (name.length() > Account.MAX_NAME) {
            return "The display name may have at most " + Account.MAX_NAME + " characters.";
        }
        if (hasControl(name)) {
            return "The display name contains control characters.";
        }
        String type = f.get(2).strip();
        if (!ticketTypes.containsKey(type.toLowerCase(Locale.ROOT))) {
            return "No ticket type named '" + printable(type) + "' in this event.";
        }
        if (columns == 4 && !f.get(3).isEmpty()) {
            return Passwords.problemWith(f.get(3), f.get(0).strip());
        }
        return null;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** Shortened and stripped of control characters, for messages. */
    private static String printable(String s) {
        String clean = s.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    /** One CSV record and the line it starts on. */
    private record Record(int line, List<String> fields, boolean unterminatedQuote) {}

    /**
     * Splits into records (Apache Commons CSV: fields separated by commas, quotes with "" inside,
     * blank lines skipped), each with the physical line it starts on. A quoted field left open
     * ends the file: it becomes one last record marked as such.
     */
    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        var lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> each = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!each.hasNext()) {
                        break;
                    }
                    record = each.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    records.add(new Record((int) linesBefore + 1, List.of(), true));
                    break;
                }
                records.add(new Record(lines.startOf(record.getCharacterPosition()), record.toList(), false));
                if (records.size() > MAX_ROWS + 1) {
                    break; // the caller refuses the file; no need to read the rest
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return records;
    }

    /** The physical line (from 1) at a character position, skipping the blank lines the parser skips. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** Positions only move forward, so the whole file is counted once. */
        int startOf(long recordPosition) {
            while (position < recordPosition || position < text.length() && isBreak(text.charAt(position))) {
                char c = text.charAt(position++);
                if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
                    line++;
                }
            }
            return line;
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
