package org.hallway.feedback.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallway.feedback.control.Question;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.platform.Csv;

/**
 * A survey's results, computed from its responses (anonymous: numbered in the order they came):
 * per question how many answered, for a scale the average and the count of each value, for a choice
 * the count of each option, for free text every answer; and the CSV of all responses.
 */
public record SurveyResults(Surveys.Summary survey, List<Question> questions, List<Row> rows, List<Figure> figures) {

    /** One response: its number, when it was last changed (event's zone), answers by question id. */
    public record Row(int number, String changed, Map<Long, String> answers) {}

    /** One question's figures; {@code average} is null for no scale answers or another kind. */
    public record Figure(
            Question question, int answered, Double average, Map<String, Integer> counts, List<String> texts) {

        /** "4.3" (one decimal), or empty. */
        public String getAverage() {
            return average == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", average);
        }

        public List<Map.Entry<String, Integer>> getCounts() {
            return new ArrayList<>(counts.entrySet());
        }
    }

    public static SurveyResults of(Surveys.Summary survey, List<Question> questions, List<Row> rows) {
        List<Figure> figures = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            if (q.kind() == QuestionKind.SCALE) {
                for (int i = 1; i <= 5; i++) {
                    counts.put(String.valueOf(i), 0);
                }
            } else if (q.kind() == QuestionKind.CHOICE) {
                q.options().forEach(o -> counts.put(o, 0));
            }
            List<String> texts = new ArrayList<>();
            int answered = 0;
            long sum = 0;
            for (Row row : rows) {
                String value = row.answers().get(q.id());
                if (value == null) {
                    continue;
                }
                answered++;
                if (q.kind() == QuestionKind.TEXT) {
                    texts.add(value);
                } else {
                    counts.merge(value, 1, Integer::sum);
                    if (q.kind() == QuestionKind.SCALE) {
                        sum += Integer.parseInt(value);
                    }
                }
            }
            Double average = q.kind() == QuestionKind.SCALE && answered > 0 ? (double) sum / answered : null;
            figures.add(new Figure(q, answered, average, counts, texts));
        }
        return new SurveyResults(survey, questions, rows, figures);
    }

    /** Every response as one CSV row (a header of the questions first); safe to open in a spreadsheet. */
    public String csv() {
        List<Object> header = new ArrayList<>(List.of("Response", "Last changed"));
        questions.forEach(q -> header.add(q.prompt()));
        var out = new StringBuilder(Csv.line(header));
        for (Row row : rows) {
            List<Object> cells = new ArrayList<>(Arrays.asList(row.number(), row.changed()));
            questions.forEach(q -> cells.add(row.answers().get(q.id())));
            out.append(Csv.line(cells));
        }
        return out.toString();
    }
}
