package org.hallway.agenda.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.control.ScheduledSession;
import org.hallway.platform.StartUp;
import org.junit.jupiter.api.Test;

/** The scheduler keeps off the sessions until this node's start-up (the demo loader) is done. */
class SessionSchedulerTest {

    final AtomicInteger looked = new AtomicInteger();
    final SessionScheduler scheduler = new SessionScheduler();

    SessionSchedulerTest() {
        scheduler.clock = Clock.systemUTC();
        scheduler.agenda = new Agenda() {
            @Override
            public List<ScheduledSession> scheduled() {
                looked.incrementAndGet();
                return List.of();
            }
        };
    }

    @Test
    void aTickBeforeStartUpIsCompleteReadsAndChangesNothing() {
        scheduler.startUp = new StartUp();
        assertEquals(0, scheduler.run());
        assertEquals(0, looked.get(), "not even a read of the sessions");
    }

    @Test
    void onceStartUpIsCompleteEveryTickLooksAtWhatIsDue() {
        scheduler.startUp = new StartUp() {
            @Override
            public boolean isComplete() {
                return true;
            }
        };
        scheduler.run();
        scheduler.run();
        assertEquals(2, looked.get());
    }
}
