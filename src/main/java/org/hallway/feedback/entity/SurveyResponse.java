package org.hallway.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** One attendee's response to a survey (its answers are {@link SurveyAnswer} rows), changed in place. */
@Entity
@Table(name = "survey_response")
@NamedQuery(
        name = SurveyResponse.OF_ACCOUNT,
        query = "select r from SurveyResponse r where r.surveyId = :survey" + " and r.accountId = :account")
@NamedQuery(name = SurveyResponse.COUNT, query = "select count(r) from SurveyResponse r where r.surveyId = :survey")
public class SurveyResponse extends Identified {

    public static final String OF_ACCOUNT = "SurveyResponse.ofAccount";
    public static final String COUNT = "SurveyResponse.count";

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected SurveyResponse() {}

    public SurveyResponse(long surveyId, long accountId, LocalDateTime at) {
        this.surveyId = surveyId;
        this.accountId = accountId;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    public void changed(LocalDateTime at) {
        updatedAt = at;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
