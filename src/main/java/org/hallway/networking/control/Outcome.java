package org.hallway.networking.control;

import java.util.ArrayList;
import java.util.List;
import org.hallway.networking.boundary.JournalWriter;

/**
 * What one call on a {@link SessionFloor} produced: notices to send, deadlines to arm, and the
 * meeting changes the database must follow. When there are records, the notices wait until they
 * are committed (a matched meeting survives a crash once its partners hear of it).
 */
public final class Outcome {

    /** Where an attendee stands on the floor. */
    public enum Standing {
        IDLE,
        READY,
        MEETING
    }

    private final List<Notice> notices = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<MeetingRecord> records = new ArrayList<>();
    private Standing standing = Standing.IDLE;
    private JournalWriter.Write write;
    private Runnable afterCommit;

    void notice(Notice notice) {
        notices.add(notice);
    }

    void deadline(Deadline deadline) {
        deadlines.add(deadline);
    }

    void record(MeetingRecord record) {
        records.add(record);
    }

    /**
     * A write that needs the database's answer (a connection, a block), journalled with this
     * outcome's records; {@code afterCommit} runs once it is committed, unless it was refused.
     */
    public void write(JournalWriter.Write write, Runnable afterCommit) {
        this.write = write;
        this.afterCommit = afterCommit;
    }

    JournalWriter.Write write() {
        return write;
    }

    Runnable afterCommit() {
        return afterCommit;
    }

    void standing(Standing standing) {
        this.standing = standing;
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    public List<MeetingRecord> records() {
        return List.copyOf(records);
    }

    public Standing standing() {
        return standing;
    }
}
