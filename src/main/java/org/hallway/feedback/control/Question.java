package org.hallway.feedback.control;

import java.util.List;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.feedback.entity.SurveyQuestion;

/** A survey question as pages and rules see it (a value: entities stay in their transaction). */
public record Question(long id, QuestionKind kind, String prompt, boolean required, List<String> options)
        implements java.io.Serializable {

    public static Question of(SurveyQuestion q) {
        return new Question(q.getId(), q.getKind(), q.getPrompt(), q.isRequired(), q.options());
    }

    public String getKind() {
        return kind.name();
    }
}
