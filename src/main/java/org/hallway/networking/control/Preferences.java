package org.hallway.networking.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.hallway.networking.entity.MatchingMode;

/**
 * What the matcher prefers among compatible pairs in one networking session: the session's
 * {@link MatchingMode}, each attendee's interests (a bit per interest of the event, at most 63),
 * the mutual "I'd like to meet" picks (one-sided picks are private and never weigh) and who met
 * whom at earlier events of the same organisation. Immutable once built.
 * <p>
 * The preference weight of a pair (an integer, larger is better):
 * <ul>
 * <li>Picks first: {@value #PICK_FIRST_PICK} for a mutual pick, plus one per shared interest;</li>
 * <li>Interests first: {@value #INTEREST_FIRST_INTEREST} per shared interest, plus
 *     {@value #INTEREST_FIRST_PICK} for a mutual pick;</li>
 * <li>either mode: minus {@value #MET_BEFORE} if they met at an earlier event and did not both pick
 *     each other, so they meet later than strangers (shared interests are counted up to
 *     {@value #MAX_SHARED}, so even the best-matched former partners weigh less than strangers);</li>
 * <li>Random: 0 for every pair.</li>
 * </ul>
 */
public final class Preferences {

    static final int PICK_FIRST_PICK = 32;
    static final int INTEREST_FIRST_INTEREST = 8;
    static final int INTEREST_FIRST_PICK = 4;
    static final int MET_BEFORE = 64;
    static final int MAX_SHARED = 7;

    private static final Preferences NONE = builder(MatchingMode.RANDOM).build();

    private final MatchingMode mode;
    private final LongPairTable interests;
    private final LongPairTable mutualPicks;
    private final Map<Long, long[]> mutualPicksOf;
    private final LongPairTable metBefore;

    private Preferences(Builder builder) {
        this.mode = builder.mode;
        this.interests = new LongPairTable(builder.interests.size());
        builder.interests.forEach((attendee, bits) -> interests.putMax(attendee, attendee, bits));
        this.mutualPicks = new LongPairTable(builder.picks.size());
        Map<Long, long[]> of = new HashMap<>();
        builder.picks.forEach((low, high, value) -> {
            if (value == 3) { // both directions
                mutualPicks.putMax(low, high, 1);
                of.merge(low, new long[] {high}, Preferences::concat);
                of.merge(high, new long[] {low}, Preferences::concat);
            }
        });
        this.mutualPicksOf = Map.copyOf(of);
        this.metBefore = new LongPairTable(builder.metBefore.size());
        builder.metBefore.forEach(metBefore::putMax);
    }

    /** Random matching: no preference at all. */
    public static Preferences none() {
        return NONE;
    }

    public static Builder builder(MatchingMode mode) {
        return new Builder(mode);
    }

    public MatchingMode mode() {
        return mode;
    }

    /** The interests of an attendee as a bit set (bit i = the event's interest at position i). */
    public long interestsOf(long attendee) {
        long bits = interests.get(attendee, attendee); // keyed by the pair (attendee, attendee): no boxing
        return bits == LongPairTable.ABSENT ? 0 : bits;
    }

    /** True if both picked each other. */
    public boolean mutualPick(long a, long b) {
        return !mutualPicks.isEmpty() && mutualPicks.get(a, b) != LongPairTable.ABSENT;
    }

    /** Attendees who picked {@code a} and whom {@code a} picked. */
    long[] mutualPicksOf(long a) {
        return mutualPicksOf.getOrDefault(a, EMPTY);
    }

    /** True if the two met at an earlier event of the organisation. */
    public boolean metBefore(long a, long b) {
        return !metBefore.isEmpty() && metBefore.get(a, b) != LongPairTable.ABSENT;
    }

    /** Calls back with each mutual pick once (smaller id first). */
    void forEachMutualPick(LongPairTable.EntryConsumer action) {
        mutualPicks.forEach(action);
    }

    /** The preference weight of the pair; see the class comment. */
    public int weight(long a, long b) {
        return weight(a, interestsOf(a), b, interestsOf(b));
    }

    /** As {@link #weight(long, long)} with both interest sets already looked up (the matcher's hot path). */
    int weight(long a, long interestsOfA, long b, long interestsOfB) {
        if (mode == MatchingMode.RANDOM) {
            return 0;
        }
        boolean mutual = mutualPick(a, b);
        return weight(Long.bitCount(interestsOfA & interestsOfB), mutual, !mutual && metBefore(a, b));
    }

    /**
     * The weight of a pair from its parts; the matcher's hot path finds the parts itself.
     *
     * @param metBefore whether they met at an earlier event (false gives an upper bound)
     */
    int weight(int sharedInterests, boolean mutual, boolean metBefore) {
        if (mode == MatchingMode.RANDOM) {
            return 0;
        }
        int shared = Math.min(MAX_SHARED, sharedInterests);
        int weight = mode == MatchingMode.PICKS_FIRST
                ? (mutual ? PICK_FIRST_PICK : 0) + shared
                : INTEREST_FIRST_INTEREST * shared + (mutual ? INTEREST_FIRST_PICK : 0);
        return !mutual && metBefore ? weight - MET_BEFORE : weight;
    }

    private static final long[] EMPTY = new long[0];

    private static long[] concat(long[] a, long[] b) {
        long[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** Builds {@link Preferences}. */
    public static final class Builder {
        private final MatchingMode mode;
        private final Map<Long, Long> interests = new HashMap<>();
        /** Per unordered pair: 1 = the smaller id picked the larger, 2 = the reverse, 3 = both. */
        private final LongPairTable picks = new LongPairTable();

        private final LongPairTable metBefore = new LongPairTable();

        private Builder(MatchingMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        /** The attendee's interests as a bit set over the event's interests (position in its list). */
        public Builder interests(long attendee, long interestBits) {
            if (interestBits < 0) {
                throw new IllegalArgumentException("at most 63 interests: bit 63 is set");
            }
            interests.put(attendee, interestBits);
            return this;
        }

        /** {@code picker} would like to meet {@code picked}. */
        public Builder pick(long picker, long picked) {
            if (picker == picked) {
                return this;
            }
            long direction = picker < picked ? 1 : 2;
            long before = picks.get(picker, picked);
            picks.putMax(picker, picked, before == LongPairTable.ABSENT ? direction : before | direction);
            return this;
        }

        /** The two met at an earlier event of the same organisation. */
        public Builder metBefore(long a, long b) {
            if (a != b) {
                metBefore.putMax(a, b, 1);
            }
            return this;
        }

        public Preferences build() {
            return new Preferences(this);
        }
    }
}
