package org.hallway.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hallway.platform.Identified;

/** A room's backstage note: cues for its moderators and speakers, never shown to attendees. */
@Entity
@Table(name = "room_backstage")
@NamedQuery(name = Backstage.OF, query = "select b from Backstage b where b.sessionId = :session")
public class Backstage extends Identified {

    public static final String OF = "Backstage.of";
    public static final int MAX_NOTE = 4000;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    private String note;

    @Version
    private long version;

    protected Backstage() {}

    public Backstage(long sessionId) {
        this.sessionId = sessionId;
    }

    public void write(String note) {
        this.note = note;
    }

    public String getNote() {
        return note;
    }
}
