package org.hallway.networking.control;

import java.time.Duration;
import java.util.Objects;

/**
 * The organiser's networking rules: which ticket types may meet, whether a pair may meet again
 * within a cooldown, and which attendee pairs blocked each other. Immutable once built.
 * <p>
 * A pair one of whom rated their meeting low (1–2 stars) waits {@value #LOW_RATING_FACTOR} times
 * the cooldown, and at least {@value #LOW_RATING_FACTOR} × {@link #DEFAULT_COOLDOWN}, before
 * meeting again, even where rematches are otherwise allowed: a poor conversation should not come
 * straight back, while "don't match me with them again" is a block.
 */
public final class MatchingPolicy {

    public static final Duration DEFAULT_COOLDOWN = Duration.ofMinutes(5);
    /** How many cooldowns a low-rated pair waits. */
    public static final int LOW_RATING_FACTOR = 4;

    private static final MatchingPolicy DEFAULTS = builder().build();

    /** Allowed unordered ticket-type pairs; {@code null} means every type may meet every type. */
    private final LongPairTable ticketTypePairs;

    private final boolean allowRematch;
    private final Duration cooldown;
    private final long cooldownMillis;
    private final LongPairTable blocks;
    private final LongPairTable lowRated;
    private final long lowRatedCooldownMillis;

    private MatchingPolicy(Builder builder) {
        this.ticketTypePairs = copy(builder.ticketTypePairs);
        this.allowRematch = builder.allowRematch;
        this.cooldown = builder.cooldown;
        this.cooldownMillis = builder.cooldown.toMillis();
        this.blocks = copy(builder.blocks);
        this.lowRated = copy(builder.lowRated);
        this.lowRatedCooldownMillis = LOW_RATING_FACTOR * Math.max(cooldownMillis, DEFAULT_COOLDOWN.toMillis());
    }

    /** All ticket types meet each other, no rematch within {@link #DEFAULT_COOLDOWN}, no blocks. */
    public static MatchingPolicy defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True if the matrix lets the two ticket types meet (symmetric). */
    public boolean allowsTicketTypes(long typeA, long typeB) {
        return ticketTypePairs == null || ticketTypePairs.get(typeA, typeB) != LongPairTable.ABSENT;
    }

    /** True if either attendee blocked the other. */
    public boolean blocked(long attendeeA, long attendeeB) {
        return !blocks.isEmpty() && blocks.get(attendeeA, attendeeB) != LongPairTable.ABSENT;
    }

    public boolean allowRematch() {
        return allowRematch;
    }

    public Duration cooldown() {
        return cooldown;
    }

    /** True if either attendee rated a meeting with the other low: the pair waits longer. */
    public boolean lowRated(long attendeeA, long attendeeB) {
        return !lowRated.isEmpty() && lowRated.get(attendeeA, attendeeB) != LongPairTable.ABSENT;
    }

    /** How far back the meeting history matters: the longest wait any pair may have to serve. */
    public long memoryMillis() {
        return lowRated.isEmpty() ? cooldownMillis : Math.max(cooldownMillis, lowRatedCooldownMillis);
    }

    /**
     * Blocks and the cooldown (the attendee-level rules; ticket types are {@link #allowsTicketTypes}).
     * The matcher checks ticket types per type bucket, so its inner loop only needs this.
     */
    boolean allowsAttendees(long a, long b, MeetingHistory history, long nowMillis) {
        if (blocked(a, b)) {
            return false;
        }
        boolean low = lowRated(a, b);
        if (allowRematch && !low) {
            return true;
        }
        long lastMet = history.lastMet(a, b);
        // Subtraction, not lastMet + cooldown: no overflow for far-future or far-past times.
        return lastMet == MeetingHistory.NEVER
                || nowMillis - lastMet >= (low ? lowRatedCooldownMillis : cooldownMillis);
    }

    private static LongPairTable copy(LongPairTable source) {
        if (source == null) {
            return null;
        }
        // The builder may keep being used; the policy gets its own table.
        LongPairTable copy = new LongPairTable(source.size());
        source.forEach(copy::putMax);
        return copy;
    }

    @Override
    public String toString() {
        return "MatchingPolicy[ticketTypePairs=" + (ticketTypePairs == null ? "all" : ticketTypePairs.size())
                + ", allowRematch=" + allowRematch + ", cooldown=" + cooldown + ", blocks=" + blocks.size()
                + ", lowRated=" + lowRated.size() + "]";
    }

    /** Builds a {@link MatchingPolicy}; starts from the defaults. */
    public static final class Builder {

        private LongPairTable ticketTypePairs;
        private boolean allowRematch;
        private Duration cooldown = DEFAULT_COOLDOWN;
        private final LongPairTable blocks = new LongPairTable();
        private final LongPairTable lowRated = new LongPairTable();

        private Builder() {}

        /**
         * Lets ticket types {@code a} and {@code b} meet (both directions; {@code a == b} lets a type
         * meet itself). The first call switches from "all with all" to an explicit matrix.
         */
        public Builder allowTicketTypes(long a, long b) {
            if (ticketTypePairs == null) {
                ticketTypePairs = new LongPairTable();
            }
            ticketTypePairs.putMax(a, b, 1);
            return this;
        }

        /** If true, the meeting history is ignored and any two attendees may meet again at once. */
        public Builder allowRematch(boolean allowRematch) {
            this.allowRematch = allowRematch;
            return this;
        }

        /** How long after their last meeting ended two attendees may not meet again. */
        public Builder cooldown(Duration cooldown) {
            Objects.requireNonNull(cooldown, "cooldown");
            if (cooldown.isNegative()) {
                throw new IllegalArgumentException("cooldown must not be negative: " + cooldown);
            }
            this.cooldown = cooldown;
            return this;
        }

        /** The two attendees are never paired (either blocked the other). */
        public Builder block(long attendeeA, long attendeeB) {
            blocks.putMax(attendeeA, attendeeB, 1);
            return this;
        }

        /** One of the two rated a meeting with the other low: they wait longer to meet again. */
        public Builder lowRated(long attendeeA, long attendeeB) {
            lowRated.putMax(attendeeA, attendeeB, 1);
            return this;
        }

        public MatchingPolicy build() {
            return new MatchingPolicy(this);
        }
    }
}
