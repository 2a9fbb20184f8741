package org.hallway.networking.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.random.RandomGenerator;

/**
 * Pairs the ready attendees of a networking session 1:1 at random, honouring a {@link MatchingPolicy}.
 * <ul>
 * <li>Size: as many pairs as possible. The ticket-type matrix is solved exactly at the level of
 *     ticket-type classes first, so a restrictive matrix does not strand scarce types (e.g. sponsors
 *     who may only meet attendees); cooldowns and blocks are then worked around by retries and
 *     short augmenting paths. Measured equal to an exact maximum matching on random rounds.</li>
 * <li>Fairness: candidates are served longest-waiting first; within a class the longest-waiting
 *     are the ones matched, so with "all with all" the youngest is the odd one out.</li>
 * <li>Randomness: each partner is drawn at random among the compatible candidates, so repeated
 *     rounds do not keep pairing neighbours in the queue. Same seed, same input: same result.</li>
 * </ul>
 * Stateless and thread-safe (given a random generator per call); one call is O(n) in practice.
 */
public final class Matchmaker {

    /**
     * @param ready     the ready candidates, each attendee at most once; not modified
     * @param policy    who may meet whom
     * @param history   past meetings, read for the cooldown; not modified
     * @param nowMillis the current time, for the cooldown
     * @param random    source of the random partner choice
     * @return the pairs, each candidate in at most one, ordered by the wait of their {@code first}
     * @throws IllegalArgumentException if an attendee appears twice in {@code ready}
     */
    public List<Pair> match(
            List<Candidate> ready,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            RandomGenerator random) {
        return match(ready, policy, history, nowMillis, Preferences.none(), random);
    }

    /**
     * As {@link #match(List, MatchingPolicy, MeetingHistory, long, RandomGenerator)}, then the same
     * people re-paired by preference ({@link PreferredRound}): nobody who would be matched at random
     * waits, and among the maximum matchings of those people the pairs weigh the most.
     *
     * @param preferences the session's mode, interests, mutual picks and memory of earlier events
     */
    public List<Pair> match(
            List<Candidate> ready,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            Preferences preferences,
            RandomGenerator random) {
        return match(
                ready,
                policy,
                history,
                nowMillis,
                preferences,
                random,
                PreferredRound.EXACT_LIMIT,
                PreferredRound.CANDIDATE_LIMIT);
    }

    /**
     * @param exactLimit     up to how many matched people the preference is solved exactly
     * @param candidateLimit up to how many exactly on a sparse graph of candidates (tests force each path)
     */
    List<Pair> match(
            List<Candidate> ready,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            Preferences preferences,
            RandomGenerator random,
            int exactLimit,
            int candidateLimit) {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(random, "random");
        // An ArrayList is read in place; copying 100k references is a measurable part of a call.
        List<Candidate> input = ready instanceof RandomAccess ? ready : new ArrayList<>(ready);
        int n = input.size();
        // One sequential pass into primitive arrays; everything after works on these.
        long[] readySince = new long[n];
        long[] attendeeInInput = new long[n];
        long[] ticketTypeInInput = new long[n];
        for (int i = 0; i < n; i++) {
            Candidate c = Objects.requireNonNull(input.get(i), "candidate");
            readySince[i] = c.readySinceMillis();
            attendeeInInput[i] = c.attendeeId();
            ticketTypeInInput[i] = c.ticketTypeId();
        }
        if (n < 2) {
            return List.of();
        }
        requireDistinct(attendeeInInput);
        int[] order = WaitOrder.longestWaitingFirst(readySince, attendeeInInput);
        long[] attendee = new long[n];
        long[] ticketType = new long[n];
        Candidate[] byWait = new Candidate[n];
        for (int i = 0; i < n; i++) {
            attendee[i] = attendeeInInput[order[i]];
            ticketType[i] = ticketTypeInInput[order[i]];
            byWait[i] = input.get(order[i]);
        }
        int[] partner = new MatchingRound(attendee, ticketType, policy, history, nowMillis, random).run();
        new PreferredRound(
                        attendee,
                        ticketType,
                        policy,
                        history,
                        nowMillis,
                        preferences,
                        random,
                        exactLimit,
                        candidateLimit)
                .improve(partner);
        List<Pair> pairs = new ArrayList<>(n / 2);
        for (int i = 0; i < n; i++) {
            // Index order is wait order, so the smaller index is the one who waited longer.
            if (partner[i] > i) {
                pairs.add(new Pair(byWait[i], byWait[partner[i]]));
            }
        }
        return pairs;
    }

    /**
     * A duplicate would let one attendee end up in two pairs: the caller's queue is broken then.
     * Open-addressing set of longs (0 marks a free slot, id 0 is tracked apart): under a
     * millisecond at 100k, far cheaper than a HashSet of boxed ids.
     */
    private static void requireDistinct(long[] ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        long[] table = new long[capacity];
        int mask = capacity - 1;
        boolean zeroSeen = false;
        for (long id : ids) {
            if (id == 0) {
                if (zeroSeen) {
                    throw duplicate(id);
                }
                zeroSeen = true;
                continue;
            }
            long h = id * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0) {
                if (table[i] == id) {
                    throw duplicate(id);
                }
                i = (i + 1) & mask;
            }
            table[i] = id;
        }
    }

    private static IllegalArgumentException duplicate(long attendeeId) {
        return new IllegalArgumentException("attendee " + attendeeId + " is ready twice");
    }
}
