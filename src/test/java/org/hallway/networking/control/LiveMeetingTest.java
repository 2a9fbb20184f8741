package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hallway.networking.entity.EndReason;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.junit.jupiter.api.Test;

class LiveMeetingTest {

    static final long A = 1, B = 2;
    static final long START = 1_000_000;
    static final long MINUTE = 60_000;
    /** 3-minute meetings, 30 s window, leave after 10 s, one extension, media by 20 s, 15 s grace. */
    static final Terms TERMS = new Terms(3 * MINUTE, 30_000, 10_000, 1, 20_000, 15_000);

    static LiveMeeting meeting() {
        return new LiveMeeting(7, A, B, START, START + TERMS.meetingMillis(), 0, TERMS);
    }

    static long offerTime(LiveMeeting m) {
        return m.endsAt() - 30_000;
    }

    @Test
    void bothExtendingMovesTheEndByHalfTheDuration() {
        var m = meeting();
        long end = m.endsAt();
        assertTrue(m.openOffer(offerTime(m)));
        assertFalse(m.extend(A, offerTime(m) + 1), "one acceptance does not extend yet");
        assertTrue(m.extend(B, offerTime(m) + 2));
        assertEquals(end + 90_000, m.endsAt());
        assertEquals(1, m.extensions());
        assertFalse(m.offerOpen());
    }

    @Test
    void theOfferDoesNotOpenBeforeTheWindow() {
        var m = meeting();
        assertFalse(m.openOffer(offerTime(m) - 1));
        var e = assertThrows(Refused.class, () -> m.extend(A, offerTime(m) - 1));
        assertEquals(Refusal.EXTENSION_NOT_OFFERED, e.refusal());
    }

    @Test
    void oneSideOnlyThenTimeRunsOutEndsAtTheOriginalTime() {
        var m = meeting();
        long end = m.endsAt();
        m.openOffer(offerTime(m));
        m.extend(A, offerTime(m) + 1);
        assertFalse(m.expire(end - 1));
        assertTrue(m.expire(end));
        assertEquals(EndReason.TIME, m.endReason());
        assertEquals(end, m.endsAt(), "not extended");
        assertEquals(0, m.extensions());
    }

    @Test
    void noAcceptanceEndsOnTime() {
        var m = meeting();
        m.openOffer(offerTime(m));
        assertTrue(m.expire(m.endsAt()));
        assertEquals(0, m.extensions());
    }

    @Test
    void declineWithdrawsTheOfferForBoth() {
        var m = meeting();
        m.openOffer(offerTime(m));
        m.extend(A, offerTime(m) + 1);
        m.decline(B);
        assertFalse(m.offerOpen());
        var e = assertThrows(Refused.class, () -> m.extend(B, offerTime(m) + 2));
        assertEquals(Refusal.EXTENSION_NOT_OFFERED, e.refusal());
        assertEquals(0, m.extensions());
    }

    @Test
    void aSecondExtensionIsRefusedWhenTheMaximumIsOne() {
        var m = meeting();
        m.openOffer(offerTime(m));
        m.extend(A, offerTime(m));
        m.extend(B, offerTime(m));
        long newOffer = offerTime(m);
        assertFalse(m.openOffer(newOffer), "no second offer");
        assertThrows(Refused.class, () -> m.extend(A, newOffer + 1));
        assertEquals(1, m.extensions());
    }

    @Test
    void aSecondExtensionIsOfferedWhenTheRulesAllowTwo() {
        var terms = new Terms(3 * MINUTE, 30_000, 0, 2, 20_000, 15_000);
        var m = new LiveMeeting(8, A, B, START, START + terms.meetingMillis(), 0, terms);
        m.openOffer(offerTime(m));
        m.extend(A, offerTime(m));
        m.extend(B, offerTime(m));
        assertTrue(m.openOffer(offerTime(m)));
    }

    @Test
    void leavingEndsForBothAndNamesWhoLeft() {
        var m = meeting();
        m.leave(B, START + 10_000);
        assertTrue(m.isEnded());
        assertEquals(EndReason.LEFT, m.endReason());
        assertEquals(B, m.endedBy());
        assertThrows(Refused.class, () -> m.leave(A, START + 11_000), "already over");
    }

    @Test
    void leavingBeforeTheLeaveAfterTimeIsRefused() {
        var m = meeting();
        var e = assertThrows(Refused.class, () -> m.leave(A, START + 9_999));
        assertEquals(Refusal.LEAVE_TOO_EARLY, e.refusal());
        assertFalse(m.isEnded());
    }

    @Test
    void anOutsiderCannotActOnTheMeeting() {
        var m = meeting();
        var e = assertThrows(Refused.class, () -> m.leave(99, START + 20_000));
        assertEquals(Refusal.NOT_IN_MEETING, e.refusal());
        assertFalse(m.isEnded());
    }

    @Test
    void anOldEndDeadlineAfterAnExtensionIsIgnored() {
        var m = meeting();
        long oldEnd = m.endsAt();
        m.openOffer(offerTime(m));
        m.extend(A, offerTime(m));
        m.extend(B, offerTime(m));
        assertFalse(m.expire(oldEnd));
        assertTrue(m.expire(oldEnd + 90_000));
    }

    @Test
    void aPartnerBackWithinGraceResumes() {
        var m = meeting();
        assertTrue(m.lost(A, START + 5_000));
        assertEquals(START + 5_000 + 15_000, m.graceEndsAt(A));
        assertTrue(m.back(A));
        assertFalse(m.graceExpired(A, START + 5_000 + 15_000));
        assertFalse(m.isEnded());
    }

    @Test
    void graceRunningOutEndsTheMeeting() {
        var m = meeting();
        m.lost(A, START + 5_000);
        assertFalse(m.graceExpired(A, START + 19_999));
        assertTrue(m.graceExpired(A, START + 20_000));
        assertEquals(EndReason.PARTNER_LOST, m.endReason());
        assertEquals(A, m.endedBy());
    }

    @Test
    void mediaNotFlowingOnBothSidesFailsTheMeeting() {
        var m = meeting();
        m.mediaFlowing(A);
        assertFalse(m.mediaCheck(START + 19_999));
        assertTrue(m.mediaCheck(START + 20_000));
        assertTrue(m.isFailed());
        assertEquals(EndReason.MEDIA_FAILED, m.endReason());
    }

    @Test
    void mediaFlowingOnBothSidesPassesTheCheck() {
        var m = meeting();
        m.mediaFlowing(A);
        m.mediaFlowing(B);
        assertFalse(m.mediaCheck(START + 20_000));
        assertFalse(m.isEnded());
        assertNull(m.endReason());
    }
}
