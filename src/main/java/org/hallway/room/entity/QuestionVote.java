package org.hallway.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hallway.platform.Identified;

/** One person's upvote of a question (a unique key keeps it to one each). */
@Entity
@Table(name = "room_question_vote")
@NamedQuery(
        name = QuestionVote.BY,
        query = "select v.questionId from QuestionVote v, RoomQuestion q "
                + "where v.questionId = q.id and q.sessionId = :session and v.accountId = :account")
public class QuestionVote extends Identified {

    public static final String BY = "QuestionVote.by";

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    protected QuestionVote() {}

    public QuestionVote(long questionId, long accountId) {
        this.questionId = questionId;
        this.accountId = accountId;
    }
}
