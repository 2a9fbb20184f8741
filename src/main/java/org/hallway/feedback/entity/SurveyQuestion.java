package org.hallway.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hallway.platform.Identified;

/** One question of a survey, in its place; a CHOICE question keeps its options one per line. */
@Entity
@Table(name = "survey_question")
@NamedQuery(
        name = SurveyQuestion.OF_SURVEY,
        query = "select q from SurveyQuestion q where q.surveyId = :survey" + " order by q.position, q.id")
public class SurveyQuestion extends Identified {

    public static final String OF_SURVEY = "SurveyQuestion.ofSurvey";
    public static final int MAX_PROMPT = 300;
    public static final int MAX_CHOICES = 2000;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(nullable = false)
    private String prompt;

    @Column(nullable = false)
    private boolean required;

    @Column
    private String choices;

    @Version
    private long version;

    protected SurveyQuestion() {}

    public SurveyQuestion(
            long surveyId, int position, QuestionKind kind, String prompt, boolean required, List<String> options) {
        this.surveyId = surveyId;
        this.position = position;
        revise(kind, prompt, required, options);
    }

    public void revise(QuestionKind kind, String prompt, boolean required, List<String> options) {
        this.kind = kind;
        this.prompt = prompt;
        this.required = required;
        this.choices = kind == QuestionKind.CHOICE ? String.join("\n", options) : null;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** The options of a CHOICE question in their order; empty for the other kinds. */
    public List<String> options() {
        return choices == null || choices.isEmpty() ? List.of() : List.of(choices.split("\n"));
    }

    public long getSurveyId() {
        return surveyId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public boolean isRequired() {
        return required;
    }
}
