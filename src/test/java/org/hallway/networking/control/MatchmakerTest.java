package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MatchmakerTest {

    private static final long NOW = 1_750_000_000_000L;
    private static final long MINUTE = 60_000L;
    private static final long SPONSOR = 1;
    private static final long ATTENDEE = 2;
    private static final long SPEAKER = 3;
    private static final int RUNS = 200;

    private final Matchmaker matchmaker = new Matchmaker();
    private final MeetingHistory noHistory = new MeetingHistory();

    // ---- cooldown and rematches -----------------------------------------------------------------

    @Test
    void neverPairsTwoAttendeesWithinTheCooldownOfTheirLastMeeting() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, NOW - 4 * MINUTE - 59_999);
        for (int seed = 0; seed < RUNS; seed++) {
            assertEquals(List.of(), match(ready, MatchingPolicy.defaults(), history, seed));
        }
    }

    @Test
    void pairsTwoAttendeesAgainOnceTheCooldownHasPassed() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MeetingHistory history = new MeetingHistory();
        history.record(2, 1, NOW - 5 * MINUTE);
        assertEquals(1, match(ready, MatchingPolicy.defaults(), history, 1).size());
    }

    @Test
    void appliesAConfiguredCooldownInsteadOfTheDefaultFiveMinutes() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, NOW - 2 * MINUTE);
        MatchingPolicy threeMinutes =
                MatchingPolicy.builder().cooldown(Duration.ofMinutes(3)).build();
        MatchingPolicy oneMinute =
                MatchingPolicy.builder().cooldown(Duration.ofMinutes(1)).build();
        assertEquals(0, match(ready, threeMinutes, history, 1).size());
        assertEquals(1, match(ready, oneMinute, history, 1).size());
    }

    @Test
    void pairsAttendeesWhoJustMetWhenRematchesAreAllowed() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, NOW - 1_000);
        MatchingPolicy rematch = MatchingPolicy.builder().allowRematch(true).build();
        assertEquals(1, match(ready, rematch, history, 1).size());
    }

    @Test
    void picksAPartnerOutsideTheCooldownWhenOneIsAvailable() {
        // 1 recently met everyone but 5; the matcher must find 5 for it (and pair 2..4 among themselves).
        List<Candidate> ready = new ArrayList<>();
        for (int id = 1; id <= 6; id++) {
            ready.add(attendee(id, id));
        }
        MeetingHistory history = new MeetingHistory();
        for (int other : new int[] {2, 3, 4, 6}) {
            history.record(1, other, NOW - MINUTE);
        }
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, MatchingPolicy.defaults(), history, seed);
            assertEquals(3, pairs.size());
            assertTrue(pairs.contains(new Pair(ready.get(0), ready.get(4))), pairs::toString);
        }
    }

    // ---- ticket-type matrix -----------------------------------------------------------------------

    @Test
    void neverPairsTicketTypesTheMatrixForbids() {
        MatchingPolicy policy = restrictiveMatrix().build();
        SplittableRandom random = new SplittableRandom(3);
        for (int run = 0; run < 50; run++) {
            List<Candidate> ready = randomCandidates(40, random);
            for (Pair p : matchmaker.match(ready, policy, noHistory, NOW, random.split())) {
                long a = p.first().ticketTypeId();
                long b = p.second().ticketTypeId();
                assertFalse(a == SPONSOR && b == SPONSOR, p::toString);
                assertFalse(a == SPONSOR && b == SPEAKER || a == SPEAKER && b == SPONSOR, p::toString);
            }
        }
    }

    @Test
    void treatsAnAllowedTicketTypePairAsSymmetric() {
        MatchingPolicy sponsorsMeetAttendees =
                MatchingPolicy.builder().allowTicketTypes(SPONSOR, ATTENDEE).build();
        assertTrue(sponsorsMeetAttendees.allowsTicketTypes(ATTENDEE, SPONSOR));
        assertFalse(sponsorsMeetAttendees.allowsTicketTypes(ATTENDEE, ATTENDEE));
        // Whichever of the two waited longer, they are paired.
        Candidate sponsor = new Candidate(1, SPONSOR, NOW - 2);
        Candidate attendee = new Candidate(2, ATTENDEE, NOW - 1);
        assertEquals(
                List.of(new Pair(sponsor, attendee)),
                match(List.of(attendee, sponsor), sponsorsMeetAttendees, noHistory, 1));
        Candidate youngerSponsor = new Candidate(3, SPONSOR, NOW);
        assertEquals(
                List.of(new Pair(attendee, youngerSponsor)),
                match(List.of(youngerSponsor, attendee), sponsorsMeetAttendees, noHistory, 1));
    }

    @Test
    void letsATypeMeetItselfOnlyWhenTheMatrixSaysSo() {
        List<Candidate> twoSponsors = List.of(new Candidate(1, SPONSOR, NOW), new Candidate(2, SPONSOR, NOW));
        assertEquals(
                0, match(twoSponsors, restrictiveMatrix().build(), noHistory, 1).size());
        assertEquals(
                1,
                match(
                                twoSponsors,
                                restrictiveMatrix()
                                        .allowTicketTypes(SPONSOR, SPONSOR)
                                        .build(),
                                noHistory,
                                1)
                        .size());
    }

    @Test
    void pairsScarceTypesFirstSoThatARestrictiveMatrixDoesNotStrandThem() {
        // The attendees waited longest and could meet each other, but then both sponsors would be left alone.
        List<Candidate> ready = List.of(
                new Candidate(1, ATTENDEE, NOW - 4), new Candidate(2, ATTENDEE, NOW - 3),
                new Candidate(3, SPONSOR, NOW - 2), new Candidate(4, SPONSOR, NOW - 1));
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, restrictiveMatrix().build(), noHistory, seed);
            assertEquals(2, pairs.size(), pairs::toString);
        }
    }

    // ---- blocks ------------------------------------------------------------------------------------

    @Test
    void neverPairsAttendeesWhoBlockedEachOther() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        assertEquals(
                0,
                match(ready, MatchingPolicy.builder().block(1, 2).build(), noHistory, 1)
                        .size());
        assertEquals(
                0,
                match(ready, MatchingPolicy.builder().block(2, 1).build(), noHistory, 1)
                        .size());
        assertEquals(
                1,
                match(ready, MatchingPolicy.builder().block(1, 3).build(), noHistory, 1)
                        .size());
    }

    @Test
    void blocksHoldEvenWhenRematchesAreAllowed() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MatchingPolicy policy =
                MatchingPolicy.builder().allowRematch(true).block(1, 2).build();
        assertEquals(0, match(ready, policy, noHistory, 1).size());
    }

    // ---- ratings ---------------------------------------------------------------------------------

    @Test
    void keepsALowRatedPairApartForFourCooldowns() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1));
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, NOW - 19 * MINUTE - 59_999);
        MatchingPolicy policy = MatchingPolicy.builder().lowRated(2, 1).build();
        for (int seed = 0; seed < RUNS; seed++) {
            assertEquals(List.of(), match(ready, policy, history, seed));
        }
        MeetingHistory longAgo = new MeetingHistory();
        longAgo.record(1, 2, NOW - 20 * MINUTE);
        assertEquals(1, match(ready, policy, longAgo, 1).size());
    }

    @Test
    void keepsALowRatedPairApartEvenWhenRematchesAreAllowedButPairsOthersAtOnce() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1), attendee(3, 2));
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, NOW - 1_000);
        history.record(1, 3, NOW - 1_000);
        MatchingPolicy policy = MatchingPolicy.builder()
                .allowRematch(true)
                .cooldown(Duration.ZERO)
                .lowRated(1, 2)
                .build();
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, policy, history, seed);
            assertEquals(1, pairs.size());
            assertEquals(
                    Set.of(1L, 3L),
                    Set.of(
                            pairs.get(0).first().attendeeId(),
                            pairs.get(0).second().attendeeId()));
        }
    }

    @Test
    void remembersMeetingsForAsLongAsALowRatedPairMustWait() {
        assertEquals(
                3 * MINUTE,
                MatchingPolicy.builder().cooldown(Duration.ofMinutes(3)).build().memoryMillis());
        assertEquals(
                4 * 10 * MINUTE,
                MatchingPolicy.builder()
                        .cooldown(Duration.ofMinutes(10))
                        .lowRated(1, 2)
                        .build()
                        .memoryMillis());
        assertTrue(MatchingPolicy.builder().lowRated(1, 2).build().lowRated(2, 1));
        assertFalse(MatchingPolicy.builder().lowRated(1, 2).build().lowRated(1, 3));
    }

    // ---- shape of the result ---------------------------------------------------------------------

    @Test
    void putsEveryoneInAtMostOnePairAndNeverPairsAnAttendeeWithThemselves() {
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 50; run++) {
            List<Candidate> ready = randomCandidates(1 + random.nextInt(200), random);
            List<Pair> pairs = matchmaker.match(ready, MatchingPolicy.defaults(), noHistory, NOW, random.split());
            Set<Long> seen = new HashSet<>();
            for (Pair p : pairs) {
                assertNotEquals(p.first().attendeeId(), p.second().attendeeId());
                assertTrue(seen.add(p.first().attendeeId()), () -> "twice: " + p.first());
                assertTrue(seen.add(p.second().attendeeId()), () -> "twice: " + p.second());
            }
            assertEquals(ready.size() / 2, pairs.size(), "all compatible: everyone but the odd one out is paired");
        }
    }

    @Test
    void rejectsAnAttendeeWhoIsReadyTwice() {
        List<Candidate> ready = List.of(attendee(1, 0), attendee(2, 1), attendee(1, 2));
        assertThrows(IllegalArgumentException.class, () -> match(ready, MatchingPolicy.defaults(), noHistory, 1));
    }

    @Test
    void returnsNoPairsForNoOneOrASingleCandidate() {
        assertEquals(List.of(), match(List.of(), MatchingPolicy.defaults(), noHistory, 1));
        assertEquals(List.of(), match(List.of(attendee(1, 0)), MatchingPolicy.defaults(), noHistory, 1));
    }

    @Test
    void putsTheOneWhoWaitedLongerFirstAndBreaksTiesByAttendeeId() {
        Candidate older = attendee(9, 0);
        Candidate younger = attendee(3, 5);
        assertEquals(
                List.of(new Pair(older, younger)),
                match(List.of(younger, older), MatchingPolicy.defaults(), noHistory, 1));
        Candidate sameTimeLowId = attendee(4, 7);
        Candidate sameTimeHighId = attendee(8, 7);
        assertEquals(
                List.of(new Pair(sameTimeLowId, sameTimeHighId)),
                match(List.of(sameTimeHighId, sameTimeLowId), MatchingPolicy.defaults(), noHistory, 1));
    }

    @Test
    void doesNotModifyTheReadyList() {
        List<Candidate> ready = new ArrayList<>(randomCandidates(50, new SplittableRandom(9)));
        List<Candidate> before = List.copyOf(ready);
        match(ready, restrictiveMatrix().build(), noHistory, 1);
        assertEquals(before, ready);
        match(before, restrictiveMatrix().build(), noHistory, 1); // an immutable list is fine too
    }

    // ---- fairness -----------------------------------------------------------------------------------

    @Test
    void alwaysMatchesTheLongestWaitingOfThreeCompatibleCandidates() {
        Candidate oldest = attendee(2, 0);
        List<Candidate> ready = List.of(attendee(1, 20), oldest, attendee(3, 10));
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, MatchingPolicy.defaults(), noHistory, seed);
            assertEquals(1, pairs.size());
            assertEquals(oldest, pairs.get(0).first());
        }
    }

    @Test
    void leavesTheYoungestOutWhenAnOddNumberAreAllCompatible() {
        List<Candidate> ready = new ArrayList<>();
        for (int id = 1; id <= 9; id++) {
            ready.add(attendee(id, id)); // attendee 9 became ready last
        }
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, MatchingPolicy.defaults(), noHistory, seed);
            assertEquals(4, pairs.size());
            assertEquals(Set.of(9L), unmatched(ready, pairs), pairs::toString);
        }
    }

    @Test
    void leavesTheYoungestOutEvenWhenTicketTypesDifferButAllMayMeet() {
        List<Candidate> ready = List.of(
                new Candidate(1, SPONSOR, NOW - 5),
                new Candidate(2, SPEAKER, NOW - 4),
                new Candidate(3, ATTENDEE, NOW - 3),
                new Candidate(4, SPEAKER, NOW - 2),
                new Candidate(5, SPONSOR, NOW - 1));
        for (int seed = 0; seed < RUNS; seed++) {
            assertEquals(Set.of(5L), unmatched(ready, match(ready, MatchingPolicy.defaults(), noHistory, seed)));
        }
    }

    @Test
    void givesTheOnlyAvailablePartnerToTheLongestWaitingOfTheCandidatesWhoWantIt() {
        // Sponsors may only meet attendees; one attendee, three sponsors: the longest-waiting sponsor gets it.
        List<Candidate> ready = List.of(
                new Candidate(1, SPONSOR, NOW - 10), new Candidate(2, SPONSOR, NOW - 30),
                new Candidate(3, ATTENDEE, NOW - 5), new Candidate(4, SPONSOR, NOW - 20));
        for (int seed = 0; seed < RUNS; seed++) {
            List<Pair> pairs = match(ready, restrictiveMatrix().build(), noHistory, seed);
            assertEquals(List.of(new Pair(ready.get(1), ready.get(2))), pairs);
        }
    }

    @Test
    void givesAContestedPartnerToTheLongestWaitingWhateverTheirTicketType() {
        // Sponsor and speaker both may meet the only attendee; whoever waited longer gets the meeting.
        Candidate attendee = new Candidate(1, ATTENDEE, NOW - 5);
        Candidate sponsor = new Candidate(2, SPONSOR, NOW - 20);
        Candidate speaker = new Candidate(3, SPEAKER, NOW - 10);
        Candidate youngSponsor = new Candidate(4, SPONSOR, NOW - 1);
        for (int seed = 0; seed < RUNS; seed++) {
            assertEquals(
                    List.of(new Pair(sponsor, attendee)),
                    match(
                            List.of(attendee, speaker, sponsor),
                            restrictiveMatrix().build(),
                            noHistory,
                            seed));
            assertEquals(
                    List.of(new Pair(speaker, attendee)),
                    match(
                            List.of(youngSponsor, attendee, speaker),
                            restrictiveMatrix().build(),
                            noHistory,
                            seed));
        }
    }

    // ---- randomness ---------------------------------------------------------------------------------

    @Test
    void choosesThePartnerOfTheLongestWaitingAtRandom() {
        List<Candidate> ready = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            ready.add(attendee(id, id));
        }
        Set<Long> partnersOfTheOldest = new HashSet<>();
        for (int seed = 0; seed < RUNS; seed++) {
            Pair first =
                    match(ready, MatchingPolicy.defaults(), noHistory, seed).get(0);
            assertEquals(1, first.first().attendeeId());
            partnersOfTheOldest.add(first.second().attendeeId());
        }
        assertEquals(
                9, partnersOfTheOldest.size(), "over 200 seeds every other candidate should be drawn at least once");
    }

    @Test
    void givesTheSameMatchingForTheSameSeed() {
        List<Candidate> ready = randomCandidates(500, new SplittableRandom(11));
        MatchingPolicy policy = restrictiveMatrix().build();
        List<Pair> once = match(ready, policy, noHistory, 42);
        assertEquals(once, match(ready, policy, noHistory, 42));
        assertNotEquals(once, match(ready, policy, noHistory, 43));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private List<Pair> match(List<Candidate> ready, MatchingPolicy policy, MeetingHistory history, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        return matchmaker.match(ready, policy, history, NOW, random);
    }

    private static Candidate attendee(long id, long readyOffsetMillis) {
        return new Candidate(id, ATTENDEE, NOW - 1_000_000 + readyOffsetMillis);
    }

    private static MatchingPolicy.Builder restrictiveMatrix() {
        return MatchingPolicy.builder()
                .allowTicketTypes(SPONSOR, ATTENDEE)
                .allowTicketTypes(ATTENDEE, ATTENDEE)
                .allowTicketTypes(ATTENDEE, SPEAKER)
                .allowTicketTypes(SPEAKER, SPEAKER);
    }

    private static List<Candidate> randomCandidates(int n, SplittableRandom random) {
        List<Candidate> ready = new ArrayList<>(n);
        long[] types = {SPONSOR, ATTENDEE, SPEAKER};
        for (int i = 0; i < n; i++) {
            ready.add(new Candidate(100 + i, types[random.nextInt(3)], NOW - random.nextInt(60_000)));
        }
        return ready;
    }

    private static Set<Long> unmatched(List<Candidate> ready, List<Pair> pairs) {
        Set<Long> left = new HashSet<>();
        ready.forEach(c -> left.add(c.attendeeId()));
        for (Pair p : pairs) {
            left.remove(p.first().attendeeId());
            left.remove(p.second().attendeeId());
        }
        return left;
    }
}
