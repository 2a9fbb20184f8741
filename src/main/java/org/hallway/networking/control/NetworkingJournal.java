package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hallway.networking.boundary.JournalWriter;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * The database follows the floors here: entries are written in the order they were appended, many
 * per transaction (group commit), on one pooled thread; the notices of an entry go out once it is
 * committed, so nobody hears of a match, an extension or an ending that a crash could undo. The
 * floors never wait for it. Per session, notices keep their order: while a session has entries
 * here, its memory-only notices queue behind them ({@link NetworkingSession#deliver}).
 */
@ApplicationScoped
public class NetworkingJournal {

    static final int MAX_BATCH = 500;
    private static final System.Logger LOG = System.getLogger(NetworkingJournal.class.getName());

    @Inject
    NetworkingThreads threads;

    @Inject
    JournalWriter writer;

    @Inject
    Event<Notices> notices;

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /**
     * One unit of the journal: records of the floor, other writes, and the notices to deliver once
     * they are committed; {@code afterCommit} runs then too. A write refused by what the database
     * says (an unknown meeting) changes nothing, and the refusal goes to {@code refused} instead.
     */
    public record Entry(
            NetworkingSession session,
            List<MeetingRecord> records,
            JournalWriter.Write write,
            List<Notice> notices,
            java.util.function.Consumer<Refused> refused,
            Runnable afterCommit) {}

    /** Queues the entry; the caller's session counts it until its notices went out. */
    public void append(Entry entry) {
        entry.session().journalled();
        entries.add(entry);
        if (draining.compareAndSet(false, true)) {
            threads.journal().execute(this::drain);
        }
    }

    private void drain() {
        try {
            List<Entry> batch = new ArrayList<>();
            Entry next;
            while (batch.size() < MAX_BATCH && (next = entries.poll()) != null) {
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
        } finally {
            draining.set(false);
            if (!entries.isEmpty() && draining.compareAndSet(false, true)) {
                threads.journal().execute(this::drain);
            }
        }
    }

    private void write(List<Entry> batch) {
        List<JournalWriter.Result> results;
        try {
            results = writer.write(batch);
        } catch (RuntimeException e) {
            // One bad entry must not sink the others: write them one by one.
            LOG.log(Level.WARNING, "A networking journal batch of " + batch.size() + " failed; retrying one by one", e);
            results = new ArrayList<>();
            for (Entry entry : batch) {
                try {
                    results.addAll(writer.write(List.of(entry)));
                } catch (RuntimeException single) {
                    LOG.log(Level.ERROR, "A networking journal entry could not be written: " + entry.records(), single);
                    results.add(new JournalWriter.Result(
                            List.of(), new Refused(Refusal.INVALID, "That could not be saved; please try again.")));
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Entry entry = batch.get(i);
            JournalWriter.Result result = results.get(i);
            try {
                List<Notice> all = new ArrayList<>(entry.notices());
                all.addAll(result.notices());
                if (!all.isEmpty()) {
                    notices.fire(new Notices(all));
                }
                if (result.refusal() != null) {
                    if (entry.refused() != null) {
                        entry.refused().accept(result.refusal());
                    }
                } else if (entry.afterCommit() != null) {
                    entry.afterCommit().run();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Delivering after a networking journal entry failed", e);
            } finally {
                entry.session().delivered();
            }
        }
    }
}
