package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.junit.jupiter.api.Test;

class SessionFloorTest {

    static final long SESSION = 50, EVENT = 40, TYPE = 3;
    static final Terms TERMS = new Terms(180_000, 30_000, 0, 1, 20_000, 15_000);

    /** Meeting ids as the database would hand them out. */
    long nextId = 1000;

    final SessionFloor floor = new SessionFloor(
            SESSION,
            EVENT,
            true,
            TERMS,
            MatchingPolicy.defaults(),
            new MeetingHistory(),
            () -> nextId++,
            new SplittableRandom(7));

    /** How the outcome asks the database to end meeting {@code id}, or null. */
    static String endRecorded(Outcome out, long id) {
        return out.records().stream()
                .filter(r -> r instanceof MeetingRecord.Changed c && c.meetingId() == id)
                .map(r -> ((MeetingRecord.Changed) r).reason())
                .filter(java.util.Objects::nonNull)
                .map(Enum::name)
                .findFirst()
                .orElse(null);
    }

    /** How many of the accounts these tests use wait in the pool. */
    int readyCount() {
        return (int) java.util.stream.LongStream.rangeClosed(1, 1000)
                .filter(a -> floor.standing(a) == Standing.READY)
                .count();
    }

    void open(long... accounts) {
        for (long a : accounts) {
            floor.opened(a, new Person(a, "Person " + a, null, null), TYPE, 0);
        }
    }

    static <T extends Notice> List<T> of(Outcome out, Class<T> type) {
        return out.notices().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void readyTwiceIsReadyOnce() {
        open(1);
        floor.ready(1, 10);
        Outcome again = floor.ready(1, 20);
        assertEquals(1, readyCount());
        assertEquals(Standing.READY, again.standing());
        assertEquals(1, of(again, Notice.Queue.class).get(0).ready());
    }

    @Test
    void twoReadyAttendeesAreMatchedWithOppositeRolesAndTheLongerWaiterOffers() {
        open(1, 2);
        floor.ready(2, 10);
        Outcome out = floor.ready(1, 20);
        var matched = of(out, Notice.Matched.class);
        assertEquals(2, matched.size());
        var forTwo =
                matched.stream().filter(m -> m.accountId() == 2).findFirst().orElseThrow();
        var forOne =
                matched.stream().filter(m -> m.accountId() == 1).findFirst().orElseThrow();
        assertTrue(forTwo.offerer(), "2 waited longer: offerer");
        assertFalse(forOne.offerer());
        assertEquals(1, forTwo.partner().id());
        assertEquals(20 + 180_000, forOne.endsAt());
        assertEquals(0, readyCount());
        assertEquals(2, floor.partnerOf(1).getAsLong());
        assertEquals(1, floor.partnerOf(2).getAsLong());
        assertTrue(out.deadlines().stream().anyMatch(d -> d.kind() == Deadline.Kind.END && d.atMillis() == 180_020));
    }

    @Test
    void closingTheSocketRemovesFromThePool() {
        open(1);
        floor.ready(1, 10);
        floor.closed(1, 20);
        assertEquals(0, readyCount());
        assertEquals(Standing.IDLE, floor.standing(1));
    }

    @Test
    void readyWhileInAMeetingIsRefused() {
        open(1, 2, 3);
        floor.ready(1, 10);
        floor.ready(2, 11);
        var e = assertThrows(Refused.class, () -> floor.ready(1, 12));
        assertEquals(Refusal.IN_MEETING, e.refusal());
        floor.ready(3, 13);
        assertEquals(1, readyCount(), "3 waits alone; 1 is not in the pool twice");
    }

    @Test
    void nobodyIsEverInTwoMeetings() {
        long[] people = new long[41];
        for (int i = 0; i < people.length; i++) {
            people[i] = 100 + i;
        }
        open(people);
        var random = new SplittableRandom(3);
        Map<Long, Long> meetingOf = new HashMap<>();
        long now = 0;
        for (int round = 0; round < 2000; round++) {
            now += 50;
            long who = people[random.nextInt(people.length)];
            Outcome out;
            boolean closing = false;
            if (meetingOf.containsKey(who)) {
                closing = random.nextBoolean();
                out = closing ? floor.closed(who, now) : floor.leave(who, now);
            } else {
                out = floor.ready(who, now);
            }
            List<Outcome> outcomes = new ArrayList<>(List.of(out));
            for (var d : out.deadlines()) {
                if (d.kind() == Deadline.Kind.GRACE) {
                    outcomes.add(floor.deadline(d, d.atMillis()));
                }
            }
            if (closing) {
                floor.opened(who, new Person(who, "P", null, null), TYPE, now);
            }
            for (Outcome o : outcomes) {
                for (var m : of(o, Notice.Matched.class)) {
                    Long already = meetingOf.put(m.accountId(), m.meetingId());
                    assertTrue(already == null || already == m.meetingId(), m.accountId() + " matched twice");
                }
                for (var e : of(o, Notice.MeetingEnded.class)) {
                    meetingOf.values().removeIf(id -> id == e.meetingId());
                }
            }
            // the floor's own view agrees: each person has at most one partner, and partners are mutual
            Set<Long> seen = new HashSet<>();
            for (long p : people) {
                var partner = floor.partnerOf(p);
                if (partner.isPresent()) {
                    assertEquals(p, floor.partnerOf(partner.getAsLong()).getAsLong());
                    assertTrue(seen.add(p));
                }
                assertFalse(floor.standing(p) == Standing.READY && partner.isPresent());
            }
        }
        assertTrue(nextId > 1100, "many meetings happened: " + (nextId - 1000));
    }

    @Test
    void leavingEndsTheMeetingForBothWithTheirOwnReasons() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        Outcome out = floor.leave(2, 5_000);
        var ended = of(out, Notice.MeetingEnded.class);
        assertEquals(2, ended.size());
        assertEquals(
                Notice.Ending.PARTNER_LEFT,
                ended.stream()
                        .filter(e -> e.accountId() == 1)
                        .findFirst()
                        .orElseThrow()
                        .ending());
        assertEquals(
                Notice.Ending.LEFT,
                ended.stream()
                        .filter(e -> e.accountId() == 2)
                        .findFirst()
                        .orElseThrow()
                        .ending());
        assertEquals(Standing.IDLE, floor.standing(1), "back to 'are you ready', not in the pool");
        assertEquals(Standing.IDLE, floor.standing(2));
        assertEquals("LEFT", endRecorded(out, 1000));
    }

    @Test
    void aPartnerLostAndBackWithinGraceResumesTheMeeting() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        Outcome lost = floor.closed(2, 1_000);
        assertEquals(1, of(lost, Notice.PartnerLost.class).get(0).accountId());
        Deadline grace = lost.deadlines().get(0);
        assertEquals(Deadline.Kind.GRACE, grace.kind());
        assertEquals(16_000, grace.atMillis());
        Outcome back = floor.opened(2, new Person(2, "P", null, null), TYPE, 3_000);
        assertEquals(Standing.MEETING, back.standing());
        assertTrue(of(back, Notice.Matched.class).get(0).resumed());
        assertEquals(1, of(back, Notice.PartnerBack.class).get(0).accountId());
        assertTrue(floor.deadline(grace, 16_000).notices().isEmpty(), "the grace deadline is moot");
        assertEquals(Standing.MEETING, floor.standing(1));
    }

    @Test
    void graceRunningOutEndsTheMeetingAndThePartnerIsIdle() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        Deadline grace = floor.closed(2, 1_000).deadlines().get(0);
        Outcome out = floor.deadline(grace, grace.atMillis());
        var ended = of(out, Notice.MeetingEnded.class);
        assertEquals(1, ended.size(), "only the one left behind is told");
        assertEquals(1, ended.get(0).accountId());
        assertEquals(Notice.Ending.PARTNER_LOST, ended.get(0).ending());
        assertEquals(Standing.IDLE, floor.standing(1));
    }

    @Test
    void theMediaCheckFailsAMeetingWithoutMediaAndItDoesNotCountForTheCooldown() {
        open(1, 2);
        floor.ready(1, 10);
        Outcome out = floor.ready(2, 11);
        floor.mediaFlowing(1, null, 0);
        Deadline media = out.deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.MEDIA)
                .findFirst()
                .orElseThrow();
        Outcome failed = floor.deadline(media, media.atMillis());
        var ended = of(failed, Notice.MeetingEnded.class);
        assertEquals(Notice.Ending.MEDIA_FAILED, ended.get(0).ending());
        assertEquals("MEDIA_FAILED", endRecorded(failed, 1000));
        floor.ready(1, 30_000);
        Outcome again = floor.ready(2, 30_001);
        assertEquals(2, of(again, Notice.Matched.class).size(), "a failed meeting sets no cooldown");
    }

    @Test
    void theCooldownKeepsRecentPartnersApart() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        floor.leave(1, 1_000);
        floor.ready(1, 2_000);
        Outcome out = floor.ready(2, 2_001);
        assertTrue(of(out, Notice.Matched.class).isEmpty());
        assertEquals(2, readyCount());
        assertTrue(out.deadlines().stream().anyMatch(d -> d.kind() == Deadline.Kind.REMATCH));
    }

    @Test
    void extendingAndExpiryThroughTheFloor() {
        open(1, 2);
        floor.ready(1, 0);
        floor.ready(2, 0);
        Deadline offer = new Deadline(SESSION, 1000, Deadline.Kind.OFFER, 0, 150_000);
        assertEquals(
                2,
                of(floor.deadline(offer, 150_000), Notice.ExtensionOffered.class)
                        .size());
        var accepted = of(floor.extend(1, 151_000), Notice.ExtensionAccepted.class);
        assertEquals(2, accepted.size());
        Outcome both = floor.extend(2, 152_000);
        var extended = of(both, Notice.Extended.class);
        assertEquals(270_000, extended.get(0).endsAt());
        assertTrue(
                floor.deadline(new Deadline(SESSION, 1000, Deadline.Kind.END, 0, 180_000), 180_000)
                        .notices()
                        .isEmpty(),
                "the old end is moot");
        var ended = of(
                floor.deadline(new Deadline(SESSION, 1000, Deadline.Kind.END, 0, 270_000), 270_000),
                Notice.MeetingEnded.class);
        assertEquals(
                List.of(Notice.Ending.TIME, Notice.Ending.TIME),
                ended.stream().map(Notice.MeetingEnded::ending).toList());
    }

    @Test
    void whenTheSessionEndsNoNewMatchesButRunningMeetingsGoOn() {
        open(1, 2, 3, 4);
        floor.ready(1, 0);
        floor.ready(2, 0);
        Outcome ended = floor.sessionEnded();
        assertEquals(4, of(ended, Notice.SessionEnded.class).size());
        var e = assertThrows(Refused.class, () -> floor.ready(3, 10));
        assertEquals(Refusal.SESSION_NOT_LIVE, e.refusal());
        assertEquals(Standing.MEETING, floor.standing(1));
        List<Notice.MeetingEnded> over = new ArrayList<>(of(
                floor.deadline(new Deadline(SESSION, 1000, Deadline.Kind.END, 0, 180_000), 180_000),
                Notice.MeetingEnded.class));
        assertEquals(2, over.size());
    }

    @Test
    void aResumedMeetingReannouncesAPendingConnectionRequestAndAnOpenExtensionOffer() {
        open(1, 2);
        floor.ready(1, 10);
        Outcome matched = floor.ready(2, 11);
        long meeting = of(matched, Notice.Matched.class).get(0).meetingId();
        floor.connectionChanged(meeting, 1, false);
        Deadline offer = matched.deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.OFFER)
                .findFirst()
                .orElseThrow();
        floor.deadline(offer, offer.atMillis());
        floor.extend(1, offer.atMillis() + 1);
        floor.closed(2, offer.atMillis() + 2);

        Outcome back = floor.opened(2, new Person(2, "P", null, null), TYPE, offer.atMillis() + 3);

        var connection = of(back, Notice.ConnectionChanged.class);
        assertEquals(1, connection.size());
        assertEquals(ConnectionState.INCOMING, connection.get(0).side(), "the Accept button comes back");
        assertEquals(2, connection.get(0).accountId());
        assertEquals(1, of(back, Notice.ExtensionOffered.class).size(), "the offer is shown again");
        assertFalse(of(back, Notice.ExtensionAccepted.class).get(0).byYou(), "and that the partner accepted it");
    }

    @Test
    void aResumedMeetingShowsAConnectionAsConnectedOnceAccepted() {
        open(1, 2);
        floor.ready(1, 10);
        long meeting = of(floor.ready(2, 11), Notice.Matched.class).get(0).meetingId();
        floor.connectionChanged(meeting, 1, false);
        floor.connectionChanged(meeting, 2, true);
        floor.closed(1, 100);
        var connection = of(floor.opened(1, new Person(1, "P", null, null), TYPE, 200), Notice.ConnectionChanged.class);
        assertEquals(ConnectionState.CONNECTED, connection.get(0).side());
    }

    @Test
    void theSnapshotCountsTheReadyTheRunningMeetingsTheLongestWaitAndTheTotals() {
        open(1, 2, 3);
        floor.ready(1, 10);
        Outcome matched = floor.ready(2, 1_010);
        floor.ready(3, 2_000);
        var snapshot = floor.snapshot(5_000);
        assertEquals(1, snapshot.ready());
        assertEquals(1, snapshot.meetingsRunning());
        assertEquals(3_000, snapshot.longestWaitMillis(), "3 has waited since 2,000");
        assertEquals(1, snapshot.meetingsStarted());
        assertEquals(2, snapshot.sidesMatched());
        assertEquals(1_000, snapshot.waitedMillis(), "1 waited 1,000 ms, 2 none");
        Deadline media = matched.deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.MEDIA)
                .findFirst()
                .orElseThrow();
        floor.deadline(media, media.atMillis());
        var after = floor.snapshot(media.atMillis());
        assertEquals(1, after.mediaFailures());
        assertEquals(0, after.partnersLost());
        assertEquals(0, after.meetingsRunning(), "1 and 2 are back but not ready; 3 waits alone");
    }

    @Test
    void aMatchRecordsHowLongEachSideWaitedBetweenReadyAndTheMatch() {
        open(1, 2);
        floor.ready(1, 10);
        var opened = (MeetingRecord.Opened) floor.ready(2, 4_010).records().get(0);
        long waitOf1 = opened.first() == 1 ? opened.firstWaitedMillis() : opened.secondWaitedMillis();
        long waitOf2 = opened.first() == 2 ? opened.firstWaitedMillis() : opened.secondWaitedMillis();
        assertEquals(4_000, waitOf1);
        assertEquals(0, waitOf2);
    }

    @Test
    void mediaFlowingIsRecordedOncePerSideWithItsRouteAndNotOutsideAMeeting() {
        open(1, 2);
        assertTrue(
                floor.mediaFlowing(1, org.hallway.networking.entity.MediaRoute.HOST, 5)
                        .records()
                        .isEmpty(),
                "no meeting: nothing to record");
        floor.ready(1, 10);
        floor.ready(2, 11);
        var first =
                (MeetingRecord.MediaFlowed) floor.mediaFlowing(2, org.hallway.networking.entity.MediaRoute.RELAY, 900)
                        .records()
                        .get(0);
        assertEquals(2, first.account());
        assertEquals(900, first.at());
        assertEquals(org.hallway.networking.entity.MediaRoute.RELAY, first.route());
        assertTrue(
                floor.mediaFlowing(2, org.hallway.networking.entity.MediaRoute.HOST, 950)
                        .records()
                        .isEmpty(),
                "a second report of the same side changes nothing");
    }

    @Test
    void aMatchRecordsTheNewMeetingWithAnIdAllocatedAheadAndAnExtensionRecordsTheNewEnd() {
        open(1, 2);
        floor.ready(1, 10);
        Outcome matched = floor.ready(2, 11);
        var opened = (MeetingRecord.Opened) matched.records().get(0);
        assertEquals(1000, opened.meetingId());
        assertEquals(11 + TERMS.meetingMillis(), opened.endsAt());
        Deadline offer = matched.deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.OFFER)
                .findFirst()
                .orElseThrow();
        floor.deadline(offer, offer.atMillis());
        assertTrue(floor.extend(1, offer.atMillis()).records().isEmpty(), "one acceptance writes nothing");
        var extended = (MeetingRecord.Changed)
                floor.extend(2, offer.atMillis()).records().get(0);
        assertEquals(opened.endsAt() + TERMS.extensionMillis(), extended.endsAt());
        assertEquals(0, extended.endedAt());
    }

    @Test
    void mediaFlowingAfterTheMeetingEndedIsMootNotAnError() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        floor.leave(1, 5_000);
        assertTrue(floor.mediaFlowing(2, null, 0).notices().isEmpty(), "it crossed the meeting's end on the wire");
        assertEquals(Standing.IDLE, floor.standing(2));
    }

    @Test
    void messagesCrossingTheMeetingsEndAreMootForTenSecondsThenRefused() {
        open(1, 2);
        floor.ready(1, 10);
        floor.ready(2, 11);
        floor.leave(1, 5_000);
        assertTrue(floor.justEnded(2, 6_000));
        assertTrue(floor.leave(2, 6_000).notices().isEmpty(), "the partner's leave crossed the end: moot");
        assertTrue(floor.extend(2, 6_000).notices().isEmpty());
        assertFalse(floor.justEnded(2, 5_000 + SessionFloor.CROSSING_MILLIS));
        assertEquals(
                Refusal.NOT_IN_MEETING,
                assertThrows(Refused.class, () -> floor.leave(2, 5_000 + SessionFloor.CROSSING_MILLIS))
                        .refusal());
        assertFalse(floor.justEnded(3, 6_000), "never in a meeting: refused as ever");
    }

    @Test
    void aLargePoolHearsOfItsSizeAtMostEveryFiveSeconds() {
        var strict = new SessionFloor(
                SESSION,
                EVENT,
                true,
                TERMS,
                MatchingPolicy.builder().allowTicketTypes(-1, -1).build(),
                new MeetingHistory(),
                () -> nextId++,
                new SplittableRandom(7));
        Deadline armed = null;
        for (long a = 1; a <= SessionFloor.LARGE_POOL + 1; a++) {
            strict.opened(a, new Person(a, "P", null, null), TYPE, 0);
            for (Deadline d : strict.ready(a, 0).deadlines()) { // nobody may meet: everyone waits
                armed = d.kind() == Deadline.Kind.QUEUE ? d : armed;
            }
        }
        assertEquals(
                SessionFloor.LARGE_POOL + 1,
                of(strict.deadline(armed, armed.atMillis()), Notice.Queue.class).size());
        strict.opened(500, new Person(500, "P", null, null), TYPE, 0);
        Outcome soon = strict.ready(500, armed.atMillis() + 2_000);
        assertEquals(1, of(soon, Notice.Queue.class).size(), "only the newcomer hears, 2 s after the last broadcast");
        assertEquals(
                armed.atMillis() + SessionFloor.LARGE_QUEUE_MILLIS,
                soon.deadlines().stream()
                        .filter(d -> d.kind() == Deadline.Kind.QUEUE)
                        .findFirst()
                        .orElseThrow()
                        .atMillis());
    }
}
