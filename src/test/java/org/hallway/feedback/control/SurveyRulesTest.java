package org.hallway.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallway.feedback.control.SurveyRules.QuestionDraft;
import org.hallway.feedback.control.SurveyRules.SurveyDraft;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.platform.Violation;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final QuestionDraft SCALE = new QuestionDraft(QuestionKind.SCALE, "How useful was it?", true, null);
    static final QuestionDraft UNUSED = new QuestionDraft(QuestionKind.TEXT, " ", false, null);

    static final Question RATE = new Question(11, QuestionKind.SCALE, "How useful?", true, List.of());
    static final Question PICK = new Question(12, QuestionKind.CHOICE, "Best part?", false, List.of("Talks", "Chat"));
    static final Question SAY = new Question(13, QuestionKind.TEXT, "Anything else?", false, List.of());

    @Test
    void aTitledSurveyWithOneQuestionClosingWithinAYearIsValid() {
        assertEquals(
                List.of(),
                SurveyRules.check(new SurveyDraft("Keynote", TODAY.plusDays(7), List.of(SCALE, UNUSED)), TODAY));
    }

    @Test
    void namesEachBrokenRuleByItsField() {
        List<Violation> violations = SurveyRules.check(
                new SurveyDraft(
                        " ",
                        TODAY.minusDays(1),
                        List.of(
                                UNUSED,
                                new QuestionDraft(QuestionKind.CHOICE, "Pick one", true, "Only\n\n"),
                                new QuestionDraft(QuestionKind.CHOICE, "Pick", true, "A\nA"),
                                new QuestionDraft(QuestionKind.TEXT, "x".repeat(301), false, null))),
                TODAY);
        assertEquals(
                List.of("title", "closes", "q1-options", "q2-options", "q3-prompt"),
                violations.stream().map(Violation::field).toList());
    }

    @Test
    void aSurveyWithoutQuestionsIsRefusedAtTheFirstPrompt() {
        assertEquals(
                List.of("q0-prompt"),
                SurveyRules.check(new SurveyDraft("Empty", TODAY, List.of(UNUSED)), TODAY).stream()
                        .map(Violation::field)
                        .toList());
    }

    @Test
    void answersAreCheckedAgainstTheirQuestionsAndStoredAsTheirKind() {
        Map<Long, SurveyRules.Answer> into = new HashMap<>();
        assertEquals(
                List.of(),
                SurveyRules.check(List.of(RATE, PICK, SAY), Map.of(11L, "4", 12L, "Chat", 13L, " Thanks "), into));
        assertEquals(new SurveyRules.Answer(4, null, null), into.get(11L));
        assertEquals(new SurveyRules.Answer(null, "Chat", null), into.get(12L));
        assertEquals(new SurveyRules.Answer(null, null, "Thanks"), into.get(13L));
    }

    @Test
    void aRequiredQuestionLeftBlankAScaleOutOfRangeAndAnOptionNotOfferedAreRefusedNextToTheirQuestion() {
        Map<Long, SurveyRules.Answer> into = new HashMap<>();
        List<Violation> violations =
                SurveyRules.check(List.of(RATE, PICK, SAY), Map.of(12L, "Lunch", 13L, "y".repeat(2001)), into);
        assertEquals(
                List.of("q11", "q12", "q13"),
                violations.stream().map(Violation::field).toList());
        assertEquals("Please answer this question.", violations.get(0).message());
        assertTrue(SurveyRules.check(List.of(RATE), Map.of(11L, "6"), into)
                .get(0)
                .message()
                .contains("1 to 5"));
        assertTrue(
                SurveyRules.check(List.of(RATE), Map.of(11L, "4", 99L, "x"), into)
                                .get(0)
                                .field()
                        == null,
                "an answer to a question of another survey");
    }

    @Test
    void optionalQuestionsMayStayBlank() {
        Map<Long, SurveyRules.Answer> into = new HashMap<>();
        assertEquals(List.of(), SurveyRules.check(List.of(RATE, PICK, SAY), Map.of(11L, "1"), into));
        assertTrue(into.get(12L).blank() && into.get(13L).blank());
    }
}
