package org.hallway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hallway.platform.DemoConfiguration;
import org.junit.jupiter.api.Test;

/** Start-up seeding when several nodes start at once on one database. */
class DemoDataTest {

    /** What each call of a step does, in order: true/false is returned, an exception is thrown. */
    static final class Steps {
        final Deque<Object> outcomes = new ArrayDeque<>();
        int calls;

        boolean next() {
            calls++;
            Object outcome = outcomes.isEmpty() ? Boolean.FALSE : outcomes.poll();
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            return (Boolean) outcome;
        }
    }

    final Steps load = new Steps();
    final Steps move = new Steps();
    final List<String> extras = new ArrayList<>();
    final DemoData data = new DemoData();

    DemoDataTest() {
        data.configuration = DemoConfiguration.of(true, null, false);
        data.loader = new DemoLoader();
        data.demoEvent = new DemoEvent() {
            @Override
            public boolean loadIntoEmptyDatabase() {
                return load.next();
            }

            @Override
            public boolean moveToToday() {
                return move.next();
            }
        };
        data.loader.event = data.demoEvent;
        data.loader.chat = new DemoChat() {
            @Override
            public void load() {
                extras.add("chat");
            }
        };
        data.loader.feedback = new DemoFeedback() {
            @Override
            public void load() {
                extras.add("feedback");
            }
        };
        data.loader.analytics = new DemoAnalytics() {
            @Override
            public void load() {
                extras.add("analytics");
            }
        };
        data.loader.myAgenda = new DemoMyAgenda() {
            @Override
            public void load() {
                extras.add("my agenda");
            }
        };
    }

    @Test
    void theNodeThatLoadsTheDemoAlsoLoadsItsChatFeedbackAnalyticsAndAgendas() {
        load.outcomes.add(true);
        data.load();
        assertEquals(List.of("chat", "feedback", "analytics", "my agenda"), extras);
        assertEquals(0, move.calls);
    }

    @Test
    void aNodeWhoseLoadLostTheRaceFindsTheDemoThereAndSkipsIt() {
        load.outcomes.add(
                new IllegalStateException("duplicate key value violates unique constraint event_slug_unique"));
        load.outcomes.add(false);
        data.load();
        assertEquals(2, load.calls, "tried once more");
        assertEquals(List.of(), extras, "the winner loads chat, feedback and analytics, not this node");
        assertEquals(1, move.calls, "the demo it found is already today's: moving changes nothing");
    }

    @Test
    void aNodeWhoseMoveToTodayLostTheRaceFindsItMovedAndSkipsIt() {
        load.outcomes.add(false);
        move.outcomes.add(new IllegalStateException("optimistic lock: the event changed"));
        move.outcomes.add(false);
        data.load();
        assertEquals(2, move.calls);
    }

    @Test
    void aFailureThatRepeatsIsLoggedAndTheStartUpGoesOnWithoutTheDemo() {
        load.outcomes.add(new IllegalStateException("no such table: event"));
        load.outcomes.add(new IllegalStateException("no such table: event"));
        data.load(); // does not throw: a failing demo never takes the application down
        assertEquals(2, load.calls);
        assertEquals(List.of(), extras);
        assertEquals(0, move.calls, "nothing more is tried after a failed load");
    }

    @Test
    void nothingIsLoadedWhenTheDemoIsOff() {
        data.configuration = DemoConfiguration.of(false, null, false);
        load.outcomes.add(true);
        data.load();
        assertEquals(0, load.calls);
    }
}
