package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hallway.networking.control.MeetingRecord;
import org.hallway.networking.control.NetworkingJournal;
import org.hallway.networking.control.Notice;
import org.hallway.networking.entity.Meeting;
import org.hallway.realtime.control.Refused;

/** Writes a batch of journal entries as one transaction (see {@link NetworkingJournal}). */
@ApplicationScoped
public class JournalWriter {

    /** A write that needs the database's answer: checks first (a {@link Refused} changes nothing), then writes. */
    @FunctionalInterface
    public interface Write {
        /** Returns notices that depend on what the database holds. */
        List<Notice> apply(EntityManager em);
    }

    /** Per entry: the notices its write produced, or the refusal. */
    public record Result(List<Notice> notices, Refused refusal) {}

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<Result> write(List<NetworkingJournal.Entry> batch) {
        List<Result> results = new ArrayList<>(batch.size());
        for (NetworkingJournal.Entry entry : batch) {
            entry.records().forEach(this::apply);
            List<Notice> produced = List.of();
            Refused refusal = null;
            if (entry.write() != null) {
                try {
                    produced = entry.write().apply(em);
                } catch (Refused r) {
                    refusal = r;
                }
            }
            results.add(new Result(produced, refusal));
        }
        return results;
    }

    private void apply(MeetingRecord record) {
        if (record instanceof MeetingRecord.Opened o) {
            var meeting = new Meeting(
                    o.meetingId(),
                    o.sessionId(),
                    o.eventId(),
                    o.first(),
                    o.second(),
                    Instant.ofEpochMilli(o.startedAt()),
                    Instant.ofEpochMilli(o.endsAt()));
            meeting.waited(o.firstWaitedMillis(), o.secondWaitedMillis());
            em.persist(meeting);
        } else if (record instanceof MeetingRecord.MediaFlowed f) {
            Meeting meeting = em.find(Meeting.class, f.meetingId());
            if (meeting != null) {
                meeting.mediaFlowed(f.account(), Instant.ofEpochMilli(f.at()), f.route());
            }
        } else if (record instanceof MeetingRecord.Changed c) {
            Meeting meeting = em.find(Meeting.class, c.meetingId());
            if (meeting == null) {
                return;
            }
            meeting.extendTo(Instant.ofEpochMilli(c.endsAt()), c.extensions());
            if (c.endedAt() != 0) {
                meeting.end(Instant.ofEpochMilli(c.endedAt()), c.reason(), c.endedBy(), c.failed());
            }
        }
    }
}
