package org.hallway.networking.control;

import java.util.ArrayList;
import java.util.List;

/** What one call on a {@link SessionFloor} produced: notices to send and deadlines to arm. */
public final class Outcome {

    /** Where an attendee stands on the floor. */
    public enum Standing { IDLE, READY, MEETING }

    private final List<Notice> notices = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private Standing standing = Standing.IDLE;

    void notice(Notice notice) {
        notices.add(notice);
    }

    void deadline(Deadline deadline) {
        deadlines.add(deadline);
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

    public Standing standing() {
        return standing;
    }
}
