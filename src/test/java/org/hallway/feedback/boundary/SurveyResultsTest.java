package org.hallway.feedback.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hallway.feedback.control.Question;
import org.hallway.feedback.entity.QuestionKind;
import org.junit.jupiter.api.Test;

class SurveyResultsTest {

    static final Question RATE = new Question(11, QuestionKind.SCALE, "How useful?", true, List.of());
    static final Question PICK = new Question(12, QuestionKind.CHOICE, "Best part?", false, List.of("Talks", "Chat"));
    static final Question SAY = new Question(13, QuestionKind.TEXT, "=Anything else?", false, List.of());
    static final Surveys.Summary SURVEY = new Surveys.Summary(1, "Keynote", "Opening keynote", "Wed 2 Dec", true, 3);

    final SurveyResults results = SurveyResults.of(
            SURVEY,
            List.of(RATE, PICK, SAY),
            List.of(
                    new SurveyResults.Row(1, "Wed 2 Dec, 10:00", Map.of(11L, "5", 12L, "Chat", 13L, "Loved it")),
                    new SurveyResults.Row(2, "Wed 2 Dec, 10:05", Map.of(11L, "4")),
                    new SurveyResults.Row(3, "Wed 2 Dec, 10:09", Map.of(11L, "2", 12L, "Chat"))));

    @Test
    void countsAveragesAndCollectsTheFreeText() {
        SurveyResults.Figure scale = results.figures().get(0);
        assertEquals(3, scale.answered());
        assertEquals("3.7", scale.getAverage());
        assertEquals(Map.of("1", 0, "2", 1, "3", 0, "4", 1, "5", 1), scale.counts());
        SurveyResults.Figure choice = results.figures().get(1);
        assertEquals(2, choice.answered());
        assertEquals(Map.of("Talks", 0, "Chat", 2), choice.counts());
        assertEquals("", choice.getAverage());
        assertEquals(List.of("Loved it"), results.figures().get(2).texts());
    }

    @Test
    void theCsvHasOneRowPerResponseWithBlanksForUnansweredQuestionsAndDefusesFormulas() {
        String csv = results.csv();
        assertTrue(csv.startsWith("Response,Last changed,How useful?,Best part?,'=Anything else?\r\n"), csv);
        assertTrue(csv.contains("2,\"Wed 2 Dec, 10:05\",4,,\r\n"), csv);
        assertEquals(4, csv.split("\r\n").length);
    }
}
