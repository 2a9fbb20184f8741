package org.hallway.networking.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hallway.realtime.control.Refused;

/**
 * One networking session on this node: its {@link SessionFloor}, the {@link SessionLane} that is
 * the floor's only writer, and what the engine must know of the session without asking the
 * database (its name, the event's days and zone). Also keeps the session's notices in order: while
 * some wait in the journal for their commit, later ones queue behind them.
 */
public final class NetworkingSession {

    /** The facts of the session that a command needs; loaded once with the floor. */
    public record Facts(long sessionId, long eventId, String name, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {

        /** Today, in the event's zone, is one of its days. */
        public boolean runsToday(Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return !today.isBefore(firstDay) && !today.isAfter(lastDay);
        }
    }

    private final Facts facts;
    private final SessionFloor floor;
    private final SessionLane lane;
    private final AtomicInteger journalled = new AtomicInteger();

    public NetworkingSession(Facts facts, SessionFloor floor, SessionLane lane) {
        this.facts = facts;
        this.floor = floor;
        this.lane = lane;
    }

    public Facts facts() {
        return facts;
    }

    public SessionFloor floor() {
        return floor;
    }

    public long sessionId() {
        return facts.sessionId();
    }

    public long eventId() {
        return facts.eventId();
    }

    /** Runs {@code command} on this session's single writer; returns at once. */
    public void submit(Runnable command) {
        lane.submit(command);
    }

    /**
     * Where an outcome goes, on the lane: with records, into the journal (its notices follow the
     * commit); memory-only notices at once, unless earlier ones of this session still wait there.
     */
    void deliver(Outcome outcome, NetworkingJournal journal, Consumer<Refused> refused, Consumer<List<Notice>> now) {
        List<MeetingRecord> records = outcome.records();
        List<Notice> notices = outcome.notices();
        if (records.isEmpty() && notices.isEmpty() && outcome.write() == null) {
            return;
        }
        if (!records.isEmpty() || outcome.write() != null || journalled.get() > 0) {
            journal.append(new NetworkingJournal.Entry(
                    this, records, outcome.write(), notices, refused, outcome.afterCommit()));
        } else if (!notices.isEmpty()) {
            now.accept(notices);
        }
    }

    void journalled() {
        journalled.incrementAndGet();
    }

    void delivered() {
        journalled.decrementAndGet();
    }
}
