package org.hallway.networking.control;

/**
 * Open-addressing map from an unordered pair of longs to a long, without boxing.
 * <p>
 * Entries are stored interleaved ({@code low, high, value}) in one array so that a lookup
 * touches one or two adjacent cache lines: the matcher probes this table once per tried pair,
 * and at 100k attendees that lookup dominates if it scatters over several arrays.
 * {@link #ABSENT} ({@code Long.MIN_VALUE}) marks an empty slot and can therefore not be
 * stored as a value.
 * <p>
 * Most lookups are misses (two ready attendees rarely met recently), so a one-bit-per-hash
 * presence filter with 8–16 bits per entry sits in front of the table: it is small enough to stay
 * in the CPU cache and answers ~90% of misses without touching the large slot array.
 * Not thread-safe.
 */
final class LongPairTable {

    static final long ABSENT = Long.MIN_VALUE;

    private static final int STRIDE = 3;
    private static final int MIN_CAPACITY = 16;

    private long[] slots;
    private int mask;
    private int size;
    /** Presence bits, 4 per slot; indexed by the hash's upper half (the slot uses the lower half). */
    private long[] filter;

    private int filterMask;

    LongPairTable() {
        this(0);
    }

    LongPairTable(int expectedSize) {
        allocate(capacityFor(expectedSize));
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value stored for the pair {a, b}, or {@link #ABSENT}. */
    long get(long a, long b) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        long h = hash(low, high);
        int bit = (int) (h >>> 32) & filterMask;
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return ABSENT;
        }
        long[] s = slots;
        int i = (int) h & mask;
        while (true) {
            int at = i * STRIDE;
            long value = s[at + 2];
            if (value == ABSENT) {
                return ABSENT;
            }
            if (s[at] == low && s[at + 1] == high) {
                return value;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores the larger of the present value and {@code value} for the pair {a, b}. */
    void putMax(long a, long b, long value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("Long.MIN_VALUE cannot be stored");
        }
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        long h = hash(low, high);
        int i = (int) h & mask;
        while (true) {
            int at = i * STRIDE;
            long present = slots[at + 2];
            if (present == ABSENT) {
                int bit = (int) (h >>> 32) & filterMask;
                filter[bit >>> 6] |= 1L << bit;
                slots[at] = low;
                slots[at + 1] = high;
                slots[at + 2] = value;
                if (++size * 2 > mask + 1) { // keep the load at most 1/2: short probe runs
                    allocate((mask + 1) * 2);
                }
                return;
            }
            if (slots[at] == low && slots[at + 1] == high) {
                if (value > present) {
                    slots[at + 2] = value;
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Receives one entry: the pair (smaller id first) and its value. */
    @FunctionalInterface
    interface EntryConsumer {
        void accept(long low, long high, long value);
    }

    void forEach(EntryConsumer consumer) {
        long[] s = slots;
        for (int at = 0; at < s.length; at += STRIDE) {
            if (s[at + 2] != ABSENT) {
                consumer.accept(s[at], s[at + 1], s[at + 2]);
            }
        }
    }

    /** Removes every entry whose value is below {@code bound}; rebuilds the table (rare operation). */
    int removeValuesBelow(long bound) {
        long[] old = slots;
        int before = size;
        int survivors = 0;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 2] != ABSENT && old[at + 2] >= bound) {
                survivors++;
            }
        }
        slots = null;
        allocate(capacityFor(survivors));
        size = 0;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 2] != ABSENT && old[at + 2] >= bound) {
                putMax(old[at], old[at + 1], old[at + 2]);
            }
        }
        return before - size;
    }

    private void allocate(int capacity) {
        long[] old = slots;
        slots = new long[capacity * STRIDE];
        for (int at = 2; at < slots.length; at += STRIDE) {
            slots[at] = ABSENT;
        }
        mask = capacity - 1;
        size = 0;
        filter = new long[Math.max(1, capacity / 16)]; // 4 bits per slot
        filterMask = filter.length * 64 - 1;
        if (old != null) {
            for (int at = 0; at < old.length; at += STRIDE) {
                if (old[at + 2] != ABSENT) {
                    putMax(old[at], old[at + 1], old[at + 2]);
                }
            }
        }
    }

    private static int capacityFor(int expectedSize) {
        int wanted = Math.max(MIN_CAPACITY, expectedSize * 2);
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    private static long hash(long low, long high) {
        long h = low * 0x9E3779B97F4A7C15L + high;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
