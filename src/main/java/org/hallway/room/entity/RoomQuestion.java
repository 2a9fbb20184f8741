package org.hallway.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** A question asked in a session's room, with its votes and what moderators did with it. */
@Entity
@Table(name = "room_question")
@NamedQuery(name = RoomQuestion.OF_SESSION, query = "select q from RoomQuestion q where q.sessionId = :session")
public class RoomQuestion extends Identified {

    public static final String OF_SESSION = "RoomQuestion.ofSession";
    public static final int MAX_TEXT = 500;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String text;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    @Column(nullable = false)
    private int votes;

    @Column(nullable = false)
    private boolean answered;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean pinned;

    @Version
    private long version;

    protected RoomQuestion() {}

    public RoomQuestion(long sessionId, long accountId, String text, LocalDateTime askedAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.text = text;
        this.askedAt = askedAt;
    }

    public void upvoted() {
        votes++;
    }

    public void markAnswered(boolean answered) {
        this.answered = answered;
    }

    public void hide(boolean hidden) {
        this.hidden = hidden;
        if (hidden) {
            pinned = false;
        }
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public int getVotes() {
        return votes;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isPinned() {
        return pinned;
    }
}
