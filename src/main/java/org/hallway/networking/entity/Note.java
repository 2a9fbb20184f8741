package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** A private note its author keeps about a person met at an event ("talked about vintage cameras"). */
@Entity
@Table(name = "networking_note")
@NamedQuery(name = Note.OF_AUTHOR, query = "select n from Note n where n.eventId = :event and n.authorId = :author")
@NamedQuery(
        name = Note.ABOUT,
        query = "select n from Note n where n.eventId = :event and n.authorId = :author"
                + " and n.subjectId = :subject")
public class Note extends Identified {

    public static final String OF_AUTHOR = "Note.ofAuthor";
    public static final String ABOUT = "Note.about";
    public static final int MAX_BODY = 2000;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Note() {}

    public Note(long eventId, long authorId, long subjectId, String body, Instant at) {
        this.eventId = eventId;
        this.authorId = authorId;
        this.subjectId = subjectId;
        write(body, at);
    }

    public void write(String body, Instant at) {
        this.body = body;
        this.updatedAt = Utc.utc(at);
    }

    public long getEventId() {
        return eventId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return Utc.instant(updatedAt);
    }
}
