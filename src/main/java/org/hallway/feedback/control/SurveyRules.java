package org.hallway.feedback.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.feedback.entity.Survey;
import org.hallway.feedback.entity.SurveyAnswer;
import org.hallway.feedback.entity.SurveyQuestion;
import org.hallway.platform.Violation;

/**
 * The rules of a survey and of an answer to it, as data: every broken rule a {@link Violation}
 * naming its form field ({@code title}, {@code closes}, {@code q<slot>-prompt}, {@code q<slot>-options}
 * for the builder; {@code q<questionId>} for an answer), so the page shows each next to its field.
 */
public final class SurveyRules {

    public static final int MAX_QUESTIONS = 10;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION = 200;
    public static final int MAX_OPEN_DAYS = 365;

    private SurveyRules() {}

    /** One question slot of the builder; a slot with a blank prompt is unused. */
    public record QuestionDraft(QuestionKind kind, String prompt, boolean required, String options) {

        public boolean used() {
            return prompt != null && !prompt.isBlank();
        }

        /** The options one per line, trimmed, blank lines dropped. */
        public List<String> optionList() {
            return options == null
                    ? List.of()
                    : options.lines()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
    }

    /** What the organiser asks for; {@code closes} is the last day answers are taken, in the event's zone. */
    public record SurveyDraft(String title, LocalDate closes, List<QuestionDraft> questions) {}

    public static List<Violation> check(SurveyDraft draft, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > Survey.MAX_TITLE) {
            violations.add(Violation.of("title", "A title of 1 to " + Survey.MAX_TITLE + " characters, please."));
        }
        if (draft.closes() == null) {
            violations.add(Violation.of("closes", "Choose the last day answers are taken."));
        } else if (draft.closes().isBefore(today) || draft.closes().isAfter(today.plusDays(MAX_OPEN_DAYS))) {
            violations.add(Violation.of("closes", "The last day must be between today and a year from now."));
        }
        int used = 0;
        for (int slot = 0; slot < draft.questions().size(); slot++) {
            QuestionDraft q = draft.questions().get(slot);
            if (!q.used()) {
                continue;
            }
            used++;
            String field = "q" + slot;
            if (q.prompt().strip().length() > SurveyQuestion.MAX_PROMPT) {
                violations.add(Violation.of(
                        field + "-prompt",
                        "A question may have at most " + SurveyQuestion.MAX_PROMPT + " characters."));
            }
            if (q.kind() == null) {
                violations.add(Violation.of(field + "-kind", "Choose the kind of answer."));
            } else if (q.kind() == QuestionKind.CHOICE) {
                List<String> options = q.optionList();
                if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                    violations.add(Violation.of(
                            field + "-options",
                            "A choice needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, one per line."));
                } else if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
                    violations.add(Violation.of(
                            field + "-options", "An option may have at most " + MAX_OPTION + " characters."));
                } else if (new HashSet<>(options).size() != options.size()) {
                    violations.add(Violation.of(field + "-options", "Each option once, please."));
                }
            }
        }
        if (used == 0) {
            violations.add(Violation.of("q0-prompt", "A survey needs at least one question."));
        } else if (used > MAX_QUESTIONS) {
            violations.add(Violation.general("A survey may have at most " + MAX_QUESTIONS + " questions."));
        }
        return violations;
    }

    /** One answer as checked: what is stored (all null: left blank). */
    public record Answer(Integer scale, String choice, String body) {

        public boolean blank() {
            return scale == null && choice == null && body == null;
        }
    }

    /**
     * Checks the raw answers (question id → what was entered) against the questions; the checked
     * answers go into {@code into}. A required question left blank, a scale outside 1–5, a choice not
     * offered, or a text too long is refused next to its question.
     */
    public static List<Violation> check(List<Question> questions, Map<Long, String> raw, Map<Long, Answer> into) {
        List<Violation> violations = new ArrayList<>();
        Set<Long> known = new HashSet<>();
        for (Question q : questions) {
            known.add(q.id());
            String field = "q" + q.id();
            String value = raw.get(q.id()) == null ? "" : raw.get(q.id()).strip();
            if (value.isEmpty()) {
                if (q.required()) {
                    violations.add(Violation.of(field, "Please answer this question."));
                }
                into.put(q.id(), new Answer(null, null, null));
                continue;
            }
            switch (q.kind()) {
                case SCALE -> {
                    Integer scale = scale(value);
                    if (scale == null) {
                        violations.add(Violation.of(field, "Choose 1 to 5."));
                    } else {
                        into.put(q.id(), new Answer(scale, null, null));
                    }
                }
                case CHOICE -> {
                    if (!q.options().contains(value)) {
                        violations.add(Violation.of(field, "Choose one of the options."));
                    } else {
                        into.put(q.id(), new Answer(null, value, null));
                    }
                }
                case TEXT -> {
                    if (value.length() > SurveyAnswer.MAX_BODY) {
                        violations.add(Violation.of(
                                field,
                                "At most " + SurveyAnswer.MAX_BODY + " characters, please (this has " + value.length()
                                        + ")."));
                    } else if (value.chars()
                            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                        violations.add(Violation.of(field, "No control characters, please."));
                    } else {
                        into.put(q.id(), new Answer(null, null, value));
                    }
                }
            }
        }
        for (Long id : raw.keySet()) {
            if (!known.contains(id)) {
                violations.add(Violation.general("That answer is for a question this survey does not have."));
                break;
            }
        }
        return violations;
    }

    private static Integer scale(String value) {
        try {
            int n = Integer.parseInt(value);
            return n >= 1 && n <= 5 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
