package org.hallway.analytics.control;

import java.util.ArrayList;
import java.util.List;
import org.hallway.platform.Csv;

/**
 * A table of figures as both the page (the data table beside each chart, for screen readers too)
 * and the CSV download show it: one source, so the two never disagree.
 *
 * @param name    the table's name in download URLs ({@code sessions.csv})
 * @param columns headers, each with the sort key the page may offer (null: not sortable)
 * @param rows    cells: text, numbers, or null for "no value"
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public record Column(String label, String sortKey) {}

    public String csv() {
        var out = new StringBuilder(Csv.line(columns.stream().map(Column::label).toList()));
        rows.forEach(row -> out.append(Csv.line(row)));
        return out.toString();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String name, String title) {
            this.name = name;
            this.title = title;
        }

        public Builder column(String label) {
            return column(label, null);
        }

        public Builder column(String label, String sortKey) {
            columns.add(new Column(label, sortKey));
            return this;
        }

        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells)));
            return this;
        }

        public Table build() {
            return new Table(name, title, List.copyOf(columns), List.copyOf(rows));
        }
    }
}
