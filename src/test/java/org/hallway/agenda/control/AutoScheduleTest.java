package org.hallway.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hallway.agenda.control.AutoSchedule.Timing;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.junit.jupiter.api.Test;

class AutoScheduleTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 14, 30);
    static final LocalDateTime END = START.plusHours(1);

    static Timing talk(SessionState state, boolean automatic, boolean autoStarted, boolean autoEnded) {
        return new Timing(1, SessionType.SESSION, state, automatic, autoStarted, autoEnded, START, END);
    }

    static Optional<SessionState> at(Timing session, LocalDateTime now) {
        return AutoSchedule.due(session, now);
    }

    @Test
    void anAutomaticSessionGoesLiveExactlyAtItsStartAndNotBefore() {
        var session = talk(SessionState.SCHEDULED, true, false, false);
        assertEquals(Optional.empty(), at(session, START.minusNanos(1)));
        assertEquals(Optional.of(SessionState.LIVE), at(session, START));
        assertEquals(Optional.of(SessionState.LIVE), at(session, START.plusMinutes(59)));
    }

    @Test
    void anAutomaticSessionEndsAtItsEnd() {
        var live = talk(SessionState.LIVE, true, true, false);
        assertEquals(Optional.empty(), at(live, END.minusSeconds(1)));
        assertEquals(Optional.of(SessionState.ENDED), at(live, END));
    }

    @Test
    void aSessionWithoutStartAutomaticallyIsLeftToTheOrganiser() {
        assertEquals(Optional.empty(), at(talk(SessionState.SCHEDULED, false, false, false), START));
        assertEquals(Optional.empty(), at(talk(SessionState.LIVE, false, false, false), END.plusHours(3)));
    }

    @Test
    void aSlotMissedWhileTheServerWasDownEndsTheSessionStraightAway() {
        var missed = talk(SessionState.SCHEDULED, true, false, false);
        assertEquals(Optional.of(SessionState.ENDED), at(missed, END.plus(Duration.ofDays(1))));
    }

    @Test
    void aStartRecoveredLateStillHappensWithinTheSlot() {
        assertEquals(
                Optional.of(SessionState.LIVE),
                at(talk(SessionState.SCHEDULED, true, false, false), START.plusMinutes(20)));
    }

    @Test
    void anOrganiserWhoEndsEarlyIsNotOverruledByTheStartTime() {
        var endedEarly = talk(SessionState.ENDED, true, true, false);
        assertEquals(Optional.empty(), at(endedEarly, START.plusMinutes(10)));
        assertEquals(Optional.empty(), at(endedEarly, END));
    }

    @Test
    void aSessionStartedByHandBeforeItsTimeStillEndsOnSchedule() {
        var early = talk(SessionState.LIVE, true, false, false);
        assertEquals(Optional.empty(), at(early, START));
        assertEquals(Optional.of(SessionState.ENDED), at(early, END));
    }

    @Test
    void aSessionReopenedAfterItsAutomaticEndStaysOpen() {
        var reopened = talk(SessionState.LIVE, true, true, true);
        assertEquals(Optional.empty(), at(reopened, END.plusMinutes(30)));
    }

    @Test
    void eachStepIsDoneOnceSoRepeatedTicksChangeNothing() {
        assertEquals(Optional.empty(), at(talk(SessionState.LIVE, true, true, false), START.plusMinutes(1)));
        assertEquals(Optional.empty(), at(talk(SessionState.ENDED, true, true, true), END.plusMinutes(1)));
    }

    @Test
    void aLiveNetworkingSessionPastItsScheduledEndTakesNoNewReadiesEvenWithoutStartAutomatically() {
        var networking = new Timing(2, SessionType.NETWORKING, SessionState.LIVE, false, false, false, START, END);
        assertEquals(Optional.empty(), at(networking, END.minusSeconds(1)));
        assertEquals(Optional.of(SessionState.ENDED), at(networking, END));
    }

    @Test
    void aNetworkingSessionReopenedAfterItsEndIsNotEndedAgain() {
        var reopened = new Timing(2, SessionType.NETWORKING, SessionState.LIVE, false, true, true, START, END);
        assertEquals(Optional.empty(), at(reopened, END.plusHours(1)));
    }
}
