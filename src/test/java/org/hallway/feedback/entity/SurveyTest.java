package org.hallway.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyTest {

    static final LocalDateTime CLOSES = LocalDateTime.of(2026, 6, 1, 18, 0);

    @Test
    void takesAnswersUntilTheClosingInstantExcluded() {
        Survey survey = new Survey(1, 2L, "The keynote", CLOSES, CLOSES.minusDays(7));
        assertTrue(survey.acceptsAnswersAt(CLOSES.minusSeconds(1)));
        assertFalse(survey.acceptsAnswersAt(CLOSES));
        assertFalse(survey.acceptsAnswersAt(CLOSES.plusDays(1)));
    }

    @Test
    void aSurveyWithoutSessionIsTheEventsOwn() {
        assertTrue(new Survey(1, null, "The event", CLOSES, CLOSES).isAboutEvent());
        assertFalse(new Survey(1, 5L, "A talk", CLOSES, CLOSES).isAboutEvent());
    }

    @Test
    void invitationsAreRecordedOnce() {
        Survey survey = new Survey(1, null, "The event", CLOSES, CLOSES);
        survey.invited(CLOSES.minusDays(1));
        survey.invited(CLOSES);
        assertEquals(CLOSES.minusDays(1), survey.getInvitedAt());
    }

    @Test
    void aChoiceQuestionKeepsItsOptionsInOrderAndOtherKindsHaveNone() {
        SurveyQuestion choice = new SurveyQuestion(
                1, 0, QuestionKind.CHOICE, "Best part?", true, List.of("Talks", "Networking", "Chat"));
        assertEquals(List.of("Talks", "Networking", "Chat"), choice.options());
        choice.revise(QuestionKind.SCALE, "How useful?", false, List.of("ignored"));
        assertEquals(List.of(), choice.options());
        assertFalse(choice.isRequired());
    }
}
