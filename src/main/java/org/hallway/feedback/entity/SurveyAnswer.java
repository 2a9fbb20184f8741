package org.hallway.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hallway.platform.Identified;

/** The answer of one response to one question: a scale (1–5), the chosen option, or free text. */
@Entity
@Table(name = "survey_answer")
@NamedQuery(name = SurveyAnswer.OF_RESPONSE, query = "select a from SurveyAnswer a where a.responseId = :response")
public class SurveyAnswer extends Identified {

    public static final String OF_RESPONSE = "SurveyAnswer.ofResponse";
    public static final int MAX_BODY = 2000;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column
    private Integer scale;

    @Column
    private String choice;

    @Column
    private String body;

    protected SurveyAnswer() {}

    public SurveyAnswer(long responseId, long questionId, Integer scale, String choice, String body) {
        this.responseId = responseId;
        this.questionId = questionId;
        change(scale, choice, body);
    }

    public void change(Integer scale, String choice, String body) {
        this.scale = scale;
        this.choice = choice;
        this.body = body;
    }

    public long getResponseId() {
        return responseId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getScale() {
        return scale;
    }

    public String getChoice() {
        return choice;
    }

    public String getBody() {
        return body;
    }
}
